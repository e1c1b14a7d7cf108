# Set operations and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(b), a.issuperset({1, 2}), a.isdisjoint({9}))
s = set()
s.add("x")
s.add("x")
s.update(["y", "z"])
s.discard("nope")
s.remove("z")
print(sorted(s), len(s))
try:
    s.remove("nope")
except KeyError as e:
    print("KeyError:", e)
popped = {42}.pop()
print(popped)
seen = set()
unique = []
for item in [3, 1, 3, 2, 1]:
    if item not in seen:
        seen.add(item)
        unique.append(item)
print(unique, seen)
a -= {1}
a |= {10}
print(a, a.copy() == a)
print(set("mississippi"), set() == set([]), {1, 2} == {2, 1})
