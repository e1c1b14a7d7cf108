f0 = lambda: 0
f1 = lambda x: x + 1
f2 = lambda x, y=2: x * y
f3 = lambda *args, **kwargs: (args, kwargs)
f4 = lambda a, /, b, *, c: a + b + c
f5 = lambda a=1, /, b=2, *c, d=3, e, **f: None
f6 = lambda *, k: k
f7 = lambda x: lambda y: x + y
f8 = sorted([3, 1, 2], key=lambda v: -v)
