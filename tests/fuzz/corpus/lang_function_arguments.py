# Positional, keyword, default, *args, **kwargs and keyword-only parameters.
def describe(name, age=0, *tags, city="unknown", **extra):
    return f"{name} {age} {tags} {city} {extra}"
print(describe("ann"))
print(describe("bob", 30))
print(describe("cid", 25, "admin", "ops", city="Oslo", team="core", level=3))
print(describe(age=40, name="dee"))
args = ("eve", 22, "x")
kwargs = {"city": "Rome", "vip": True}
print(describe(*args, **kwargs))
def only_kw(a, *, b, c=3):
    return a + b + c
print(only_kw(1, b=2), only_kw(1, c=0, b=5))
def positional_only(a, b, /, c):
    return (a, b, c)
print(positional_only(1, 2, c=3))
def total(*numbers):
    return sum(numbers)
print(total(), total(1, 2, 3), total(*range(5)))
def options(**opts):
    return sorted(opts.items())
print(options(z=1, a=2), options())
def f(a, b, c):
    return a, b, c
print(f(*[1, 2], c=3), f(1, *(2, 3)), f(**{"a": 1, "b": 2, "c": 3}))
