# Enum members, lookups, iteration, aliases, auto, methods and the functional API.
from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(reversed(Color)), [s.value for s in State], Color.__members__)
print(Color(2), Color["BLUE"], Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED in Color)
print(repr(Color), type(Color).__name__, type(Color.RED).__name__, isinstance(Color.RED, Color), hash(Color.RED) == hash("RED"))
print({Color.RED: "stop", Color.GREEN: "go"}[Color(1)], f"{Color.RED}", f"[{Color.RED:>12}]", str(State.DONE))
print(sorted([State.DONE, State.PENDING], key=lambda s: s.value), Color.RED.__class__ is Color)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()}: {self.gravity:.2f} m/s2"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.describe(), Planet.heaviest())

class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

print(Mood("HAPPY"), Mood("sad"))
Animal = Enum("Animal", "ANT BEE CAT")
Status = Enum("Status", [("OK", 200), ("MISSING", 404)])
print(list(Animal), Animal.BEE.value, Status(404), repr(Status.OK))

class Shape(Enum):
    def __new__(cls, value, sides):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.sides = sides
        return obj
    TRIANGLE = (1, 3)
    SQUARE = (2, 4)

print(Shape.SQUARE, Shape(1), Shape.SQUARE.sides)
print(unique(State) is State)
