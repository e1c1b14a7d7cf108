# order=True, frozen=True, unsafe_hash and the generated methods' errors.
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)

tasks = [Task(2, "write"), Task(1, "plan"), Task(2, "review"), Task(0, "wake")]
print(sorted(tasks), Task(1, "a") < Task(2, "b"), Task(1, "a") <= Task(1, "b"), max(tasks))
print(Task(1, "a") == Task(1, "b"), Task.__lt__(Task(1, "a"), 5))

@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float = 0.0

home = Coordinate(59.9, 10.7)
print(home, hash(home) == hash((59.9, 10.7)), {home: "home"}[Coordinate(59.9, 10.7)])
for action in ("set", "del", "new"):
    try:
        if action == "set":
            home.lat = 0
        elif action == "del":
            del home.lon
        else:
            home.elevation = 5
    except FrozenInstanceError as e:
        print(type(e).__name__, isinstance(e, AttributeError), e)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: int = field(hash=False)

print(hash(Key(1, 2)) == hash((1,)), Key(1, 2) == Key(1, 3))

@dataclass
class Mutable:
    a: int

print(Mutable.__hash__ is None)
try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)
