# List, tuple, dict and set displays, including * and ** unpacking.
nums = [1, 2, 3]
more = [*nums, 4, *range(5, 7)]
print(more)
print((), (1,), (1, 2), tuple(nums))
print([], {}, set(), [[]], [(), {}])
first, *rest = more
print(first, rest)
defaults = {"host": "localhost", "port": 8080}
overrides = {"port": 9000, "debug": True}
config = {**defaults, **overrides, "name": "app"}
print(config)
print({*nums, *"ab"} == {1, 2, 3, "a", "b"})
print({1, 2, 3}, {3, 2, 1}, {(1, 2), (3, 4)})
nested = {"users": [{"name": "ann", "tags": ("a", "b")}], "count": 1}
print(nested)
print([1, 2,], (3, 4,), {"k": "v",})
print(*nums, sep=", ")
print(dict(a=1, b=2), list("abc"), tuple("xy"))
