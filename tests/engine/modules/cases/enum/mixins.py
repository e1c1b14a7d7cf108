# IntEnum, StrEnum, str/int mixins, Flag and IntFlag.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Priority.HIGH, repr(Priority.LOW), Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1, Priority(3), f"{Priority.LOW:>4}")
print(sorted([Priority.HIGH, Priority.LOW]), Priority.HIGH == 3, [p for p in Priority if p >= 2], int(Priority.MEDIUM))

class Method(StrEnum):
    GET = auto()
    POST = "post"

print(Method.GET, repr(Method.GET), Method.POST.upper(), Method.GET == "get", f"{Method.POST}", Method("get"))

class Fruit(str, Enum):
    APPLE = "apple"

print(Fruit.APPLE, repr(Fruit.APPLE), f"{Fruit.APPLE}", Fruit.APPLE == "apple", Fruit.APPLE.value.upper())

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

rw = Perm.R | Perm.W
print(rw, repr(rw), repr(Perm.R | Perm.X), Perm.R in rw, Perm.X in rw, list(Perm.R | Perm.X), len(Perm), list(Perm))
print(repr(~Perm.R), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(Perm(7)), (Perm.R | Perm.X).name, rw & Perm.W, rw ^ Perm.R)

class Bits(IntFlag):
    A = 1
    B = 2

print(repr(Bits.A | Bits.B), Bits.A | Bits.B, Bits.A | 4, repr(Bits.A | 4), Bits.A + 1, repr(~Bits.A), repr(Bits(0)), Bits.B == 2)
