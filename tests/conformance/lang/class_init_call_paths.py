# Creating instances in a loop while the class changes: __init__ replaced, __new__ added,
# __init__ returning a value or raising, a metaclass with __call__, and property getters that
# raise. Each case must behave as a fresh call of the class would.
import traceback


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(i):
    return Point(i, -i)


print([(p.x, p.y) for p in map(make, range(3))])
Point.__init__ = lambda self, x, y: setattr(self, "x", x * 100)
print([vars(make(i)) for i in range(2)])


def new(cls, *args):
    obj = object.__new__(cls)
    obj.made_by_new = True
    return obj


Point.__new__ = new
print([vars(make(i)) for i in range(2)])


class Weird:
    def __init__(self, n):
        self.n = n
        if n == 2:
            return n


for n in range(3):
    try:
        w = Weird(n)
        print("made", w.n)
    except TypeError as e:
        print("TypeError:", e)


class Fragile:
    def __init__(self, n):
        if n == 1:
            raise ValueError(f"bad n {n}")
        self.n = n


for n in range(3):
    try:
        print("fragile", Fragile(n).n)
    except ValueError:
        traceback.print_exc()


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print([WithMeta(i).a for i in range(2)])


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def fahrenheit(self):
        if self.c is None:
            raise ValueError("no reading")
        return self.c * 9 / 5 + 32


readings = [Temp(0), Temp(100), Temp(None)]
for t in readings:
    try:
        print("F", t.fahrenheit)
    except ValueError:
        traceback.print_exc()


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(100000)
except RecursionError as e:
    print("RecursionError caught")


def depth(d):
    n = 0
    while d.child is not None:
        d = d.child
        n += 1
    return n


print(depth(Deep(50)))


class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1
        self.serial = Counted.count


print([Counted().serial for _ in range(5)], Counted.count)
Fragile(1)
