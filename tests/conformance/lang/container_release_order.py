# Containers release their items in CPython's order: lists and tuples from the last item to
# the first, dicts in insertion order (each key before its value).
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)

def make(prefix, n):
    return [Noisy(f"{prefix}{i}") for i in range(n)]

items = make("list", 3)
del items
print("-- tuple")
t = tuple(make("tuple", 3))
del t
print("-- dict")
d = {}
for k, v in zip(make("key", 2), make("value", 2)):
    d[k.name] = k
    d[v] = v.name
del k, v
del d
print("-- list.clear")
items = make("clear", 3)
items.clear()
print("-- slice deletion")
items = make("slice", 4)
del items[1:3]
print("left", [x.name for x in items])
del items
print("-- reassigned slice")
items = make("old", 3)
items[:] = ["new"]
print("-- nested")
outer = [make("inner", 2), Noisy("last")]
del outer
print("-- set of one")
s = {Noisy("only")}
del s
print("done")
