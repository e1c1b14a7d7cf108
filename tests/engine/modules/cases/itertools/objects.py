# count and repeat objects (reprs, state), islice's argument checks and laziness.
from itertools import count, repeat, islice, cycle, chain, accumulate, zip_longest, groupby, pairwise

c = count(5)
print(c, next(c), c, count(2, 3), count(1.5, 0.5), count(0, 1.0), repeat("x", 2), repeat(7))
r = repeat(1, 2)
print(list(r), r, list(islice(count(), 3)), list(islice(repeat("a"), 4)))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it), list(islice(range(20), 3, None, 5)), list(islice([], 3)))
print(list(islice(cycle("ab"), 5)), list(chain("ab", [1])), list(chain.from_iterable(["xy", "z"])))
print(list(accumulate([1, 2, 3])), list(zip_longest("ab", "xyz", fillvalue="-")), list(pairwise("abcd")))
print([(k, list(g)) for k, g in groupby("aabbbc")])
for bad in [lambda: islice([], -1), lambda: islice([], 0, 5, 0), lambda: islice([], -1, 5), lambda: count("a"),
            lambda: islice(5, 2), lambda: islice([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
