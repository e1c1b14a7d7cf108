def f(*a, **k):
    return a, k

f()
f(1)
f(1, 2,)
f(a=1)
f(1, b=2)
f(*[1, 2])
f(**{"a": 1})
f(1, *[2], 3, *[4], x=5, **{"y": 6}, z=7)
f(x=1, *[2])
f(*[1], **{"a": 1}, **{"b": 2})
f(x for x in range(3))
f(y := 3)
f(1)(2)(3)
obj = f
obj.__call__(1).__class__
print("a", "b", sep=", ", end="\n")
