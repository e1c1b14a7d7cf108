# type, isinstance, issubclass, callable.
values = [1, 1.0, "1", [1], (1,), {1}, {1: 1}, None, True, b"1", frozenset(), range(1)]
for v in values:
    print(type(v).__name__, type(v))
print(isinstance(1, (str, int)), isinstance(True, int), isinstance("x", (list, tuple)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError), issubclass(str, (bytes, str)))
print(callable(len), callable(print), callable("text"), callable(lambda: 0), callable(type))
print(type(type), type(object), type(len).__name__, type(print).__name__)
print(type("name") == str, type(3) is int, type(3.0) is not int)
class Custom:
    pass
print(type(Custom), type(Custom()).__name__, isinstance(Custom(), object))
Dynamic = type("Dynamic", (), {"x": 5})
print(Dynamic.x, Dynamic.__name__, type(Dynamic()).__name__)
