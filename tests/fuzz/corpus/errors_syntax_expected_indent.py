# IndentationError: expected an indented block.
def check(value):
    if value > 10:
    return "big"
    return "small"
