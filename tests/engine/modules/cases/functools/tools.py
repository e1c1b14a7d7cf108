# functools: partial, reduce, lru_cache/cache and CacheInfo, cached_property, total_ordering, wraps, cmp_to_key.
import functools, operator
pf = functools.partial(int, base=2); print(pf("101"), pf, functools.reduce(operator.mul, range(1, 6)))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info(), [fib.cache_info()])
@functools.cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info())
class Temp:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
t = Temp(); print(t.value, t.value, t.calls)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(operator.itemgetter(1)([1, 2]), operator.attrgetter("real")(3), operator.methodcaller("upper")("a"), operator.add(1, 2), operator.itemgetter(0, 1)("ab"))
@functools.lru_cache(maxsize=2)
def double(x):
    print("computing", x)
    return x * 2
print(double(1), double(2), double(1), double(3), double(2), double.cache_info(), double.cache_parameters())
double.cache_clear()
print(double.cache_info(), double(1))
@functools.lru_cache(typed=True)
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info())
@functools.total_ordering
class Ver:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(Ver(1) < Ver(2), Ver(1) <= Ver(1), Ver(3) >= Ver(4), sorted([Ver(3), Ver(1)], key=lambda x: x)[0].v)
for bad in [lambda: functools.reduce(operator.add, []), lambda: functools.partial(5), lambda: functools.lru_cache("x"),
            lambda: functools.total_ordering(type("X", (), {}))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
