# Constructing containers and values with the builtin types.
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("hi"), tuple(), dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 0}, z=9))
print(set([3, 1, 3]), set("aab") == {"a", "b"}, frozenset([1, 1]), set())
print(str(12), str(1.5), str([1]), str(None), str(b"x"), str(), int(), float(), bool())
print(int("12") + float("0.5"), bool("0"), bool(0), list(map(bool, ["", " ", [], [[]]])))
print(dict.fromkeys(range(3)), list(zip(range(2), "ab")), dict(enumerate("ab")))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
