# IntEnum, StrEnum, (str, Enum) mixins, Flag and IntFlag.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.LOW), Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1, sorted([3, Priority.LOW, 2]))


class Method(StrEnum):
    GET = auto()
    POST = auto()


print(Method.GET, repr(Method.POST), Method.GET == "get", f"{Method.POST:>6}|", Method("post"))


class Fruit(str, Enum):
    APPLE = "apple"


print(Fruit.APPLE, repr(Fruit.APPLE), f"{Fruit.APPLE}", Fruit.APPLE.upper())


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, list(rw), repr(~Perm.READ), repr(Perm(0)), bool(Perm(0)), len(rw))


class Bits(IntFlag):
    A = 1
    B = 2


print(Bits.A | Bits.B, repr(Bits.A | 8), Bits.B + 1)


@unique
class Level(Enum):
    DEBUG = 10
    INFO = 20


try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
print(Level(20), Level.DEBUG.value, list(Level))
