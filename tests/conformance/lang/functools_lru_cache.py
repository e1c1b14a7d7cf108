# functools.lru_cache / cache statistics, cached_property and total_ordering.
import functools


@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


print(square(2), square(3), square(2), square(4), square(3))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits, fib.__name__)


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        print("summing")
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total)


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return "Version%r" % (self.key,)


print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1, 0) >= Version(0, 9), Version(1, 0) > Version(1, 0))
