# Comprehension variables do not leak; class bodies and comprehensions.
x = "outer"
values = [x for x in range(3)]
print(x, values)
total = 100
print([total + i for i in range(3)])
class Settings:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    base = 10
print(Settings.upper)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
gen = (i * 2 for i in range(3))
i = "unchanged"
print(list(gen), i)
print({k: [v for v in range(k)] for k in range(3)})
