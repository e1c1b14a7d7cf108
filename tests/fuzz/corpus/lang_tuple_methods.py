# Tuples: packing, unpacking, methods, comparisons, single-element syntax.
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
single = (1,)
not_tuple = (1)
print(single, not_tuple, len(single), (), tuple())
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t[1:3], t[::-1], t + (9,), t * 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"))
records = [("bob", 25), ("ann", 31)]
for name, age in records:
    print(f"{name} is {age}")
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 8, 1])
print(lo, hi)
a, b = 1, 2
a, b = b, a
print(a, b)
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"}[(0, 0)])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
