# sorted and reversed.
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted("Hello World"), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted({"x": 2, "a": 1}), sorted({"x": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
