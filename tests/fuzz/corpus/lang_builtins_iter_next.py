# iter and next, including defaults and the sentinel form.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "exhausted"))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), list(keys))
chars = iter("hi")
print(list(chars), list(chars))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
data = [5, 3, 0, 9]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
print(type(iter([])).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(3))).__name__)
it2 = iter([1, 2])
print(iter(it2) is it2)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
