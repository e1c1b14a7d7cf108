# range: repr, length, indexing, slicing, membership, negative steps.
r = range(10)
print(r, range(2, 8), range(0, 20, 5), len(range(0, 20, 5)), list(range(5, 0, -2)))
print(r[3], r[-1], r[2:5], r[::-1], list(r[::3]), 5 in r, 10 in r, r.index(4), r.count(2))
print(list(range(0)), list(range(-3, 3)), len(range(1, 100, 7)), range(3) == range(0, 3))
print(sum(range(101)), max(range(7)), list(reversed(range(3))))
for i in range(3, 0, -1):
    print("countdown", i)
print(range(10 ** 20)[-1], len(range(10 ** 6)))
