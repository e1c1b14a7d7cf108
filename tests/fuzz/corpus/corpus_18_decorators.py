import functools


def deco(fn):
    return fn


def deco_factory(*a, **k):
    return deco


@deco
def f():
    pass


@deco_factory(1, key=2)
@deco
@functools.wraps(f)
def g():
    pass


@deco
class C:
    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        return cls

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass


@(lambda fn: fn)
def h():
    pass


@deco
async def coro():
    pass
