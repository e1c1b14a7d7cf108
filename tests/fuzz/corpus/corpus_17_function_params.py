def a():
    pass


def b(x, y):
    return x + y


def c(x, y=1, *args, z, w=2, **kwargs):
    return x


def d(p, q, /, r, *, s):
    return p


def e(p=1, /, q=2, *, r=3):
    return p


def f(*, only):
    return only


def g(x: int, y: "str" = "a", *args: int, k: float = 1.0, **kw: dict) -> bool:
    return True


def h(a, b=2, /):
    pass


def i(a, /):
    pass


def j(*args: *tuple[int]):
    pass


def k(a,
      b,
      c=3,
      ):
    """docstring"""
    return a
