# lambda in the ways tutorials use it.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda n: n > 1, [0, 1, 2, 3])))
handlers = {"double": lambda v: v * 2, "negate": lambda v: -v}
for name, fn in handlers.items():
    print(name, fn(21))
multipliers = [lambda x, i=i: x * i for i in range(3)]
print([m(10) for m in multipliers])
late = [lambda x: x * i for i in range(3)]
print([m(10) for m in late])
print(square.__name__, (lambda *a, **k: (a, k))(1, 2, z=3))
