# Implicit chaining: "During handling of the above exception, another exception occurred".
def parse(records):
    results = []
    for r in records:
        try:
            results.append(int(r))
        except ValueError:
            results.append(fallback[r])
    return results
fallback = {"one": 1}
print(parse(["1", "one"]))
print(parse(["2", "two"]))
