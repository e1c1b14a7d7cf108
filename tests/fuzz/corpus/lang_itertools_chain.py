# itertools.chain and chain.from_iterable.
from itertools import chain
print(list(chain([1, 2], (3, 4), "ab", range(2))))
print(list(chain.from_iterable([[1], [2, 3], []])))
groups = {"a": [1, 2], "b": [3], "c": []}
print(sum(chain.from_iterable(groups.values())), list(chain(*groups.values())))
lazy = chain(iter([1, 2]), (x * 10 for x in range(3)))
print(next(lazy), next(lazy), list(lazy), list(chain()))
print(sorted(chain({3, 1}, [2])), "".join(chain("ab", "cd")))
