# Attribute lookups repeated in a loop must follow every change to the class, its bases and
# the instance: the interpreter may cache them, but a cache must never show a stale value.


class Base:
    greeting = "base greeting"

    def speak(self):
        return "Base.speak"


class Child(Base):
    def __init__(self, name):
        self.name = name


def read_all(obj):
    return (obj.name, obj.greeting, obj.speak())


c = Child("c")
for round_no in range(4):
    print(round_no, read_all(c))
    if round_no == 0:
        Child.greeting = "child greeting"  # class attribute added after caching
    elif round_no == 1:
        Base.speak = lambda self: "patched Base.speak"  # base class method replaced
    elif round_no == 2:
        c.speak = lambda: "instance speak"  # instance attribute shadows the method

del c.speak
del Child.greeting
print("after deletes", read_all(c))


# A data descriptor added to the class later wins over the instance dict.
class Box:
    def __init__(self, v):
        self.v = v


def get_v(b):
    return b.v


b = Box(1)
print([get_v(b) for _ in range(3)])
Box.v = property(lambda self: "from property")
print([get_v(b) for _ in range(3)])
del Box.v
print([get_v(b) for _ in range(3)])


# A non-data descriptor does not hide the instance dict; removing the instance value uncovers it.
class Lazy:
    def __get__(self, obj, owner):
        return "computed"


class Holder:
    value = Lazy()


h = Holder()
print([h.value for _ in range(2)])
h.__dict__["value"] = "stored"
print([h.value for _ in range(2)])
del h.__dict__["value"]
print([h.value for _ in range(2)])
Lazy.__set__ = lambda self, obj, v: print("Lazy.__set__", v)  # becomes a data descriptor
h.__dict__["value"] = "stored again"
print([h.value for _ in range(2)])
h.value = 5
print(h.__dict__)


# __getattr__ and __getattribute__ added after caching.
class Dyn:
    def __init__(self):
        self.x = 1


def get_x_y(d):
    try:
        y = d.y
    except AttributeError as e:
        y = f"AttributeError: {e}"
    return d.x, y


d = Dyn()
print([get_x_y(d) for _ in range(2)])
Dyn.__getattr__ = lambda self, name: f"getattr({name})"
print([get_x_y(d) for _ in range(2)])
Dyn.__getattribute__ = lambda self, name: f"getattribute({name})"
print([get_x_y(d) for _ in range(2)])
del Dyn.__getattribute__
del Dyn.__getattr__
print([get_x_y(d) for _ in range(2)])


# __class__ assignment switches the lookups to the new class.
class Cat:
    def sound(self):
        return "meow"


class Dog:
    def sound(self):
        return "woof"


pet = Cat()
sounds = []
for i in range(4):
    sounds.append(pet.sound())
    if i == 1:
        pet.__class__ = Dog
print(sounds)


# Stores: a setter added later intercepts, __setattr__ added later intercepts.
class Point:
    def __init__(self, x):
        self.x = x


def move(p, x):
    p.x = x
    return p.x


p = Point(0)
print([move(p, i) for i in range(3)])
Point.x = property(lambda self: self._x * 10, lambda self, v: setattr(self, "_x", v))
print([move(p, i) for i in range(3)])
del Point.x
Point.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v + 100)
print([move(p, i) for i in range(3)])


# A module attribute replaced between reads.
import math

def sq(x):
    return math.sqrt(x)

print(sq(16.0))
real_sqrt = math.sqrt
math.sqrt = lambda x: "patched"
print(sq(16.0))
math.sqrt = real_sqrt
print(sq(16.0))


# Class attributes read through the class, then changed.
class Config:
    level = 1


def level():
    return Config.level


print([level() for _ in range(2)])
Config.level = 2
print([level() for _ in range(2)])


# super() after the base's method changes.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


bb = B()
print([bb.who() for _ in range(2)])
A.who = lambda self: "A2"
print([bb.who() for _ in range(2)])
