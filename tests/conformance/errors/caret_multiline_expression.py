# An error inside a call spread over several lines.
def scale(values, factor):
    return [v * factor for v in values]
result = scale(
    [1, 2, 3],
    int("two"),
)
