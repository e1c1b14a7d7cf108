# repr and str of builtin values and nested containers.
values = [0, -1, 2.0, 1e100, "s", "it's", None, True, [], (), {}, set(), frozenset(), b"b", range(3),
          [1, [2, (3, {4: "four"})]], {"a": [1, 2], "b": {"c": None}}, ("single",), {1.5, -2}]
for v in values:
    print(repr(v), "|", str(v))
print(str([1, "a"]), str(("a",)), str({"k": "v"}))
print(repr(float("nan")), repr(-float("inf")), repr(1e-7), repr(123e-20))
print(repr(ValueError("msg")), str(ValueError("msg")), repr(KeyError("k")), str(KeyError("k")))
print(repr(Exception()), repr(Exception("a", 2)), str(Exception("a", 2)), repr(StopIteration(5)))
print(repr(object), repr(int), repr(str), repr(type(None)), repr(len), repr(print))
