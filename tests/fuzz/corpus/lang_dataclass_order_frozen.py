# @dataclass(order=True) and frozen=True.
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Task:
    priority: int
    name: str
tasks = [Task(2, "write"), Task(1, "plan"), Task(2, "review"), Task(0, "wake")]
print(sorted(tasks))
print(Task(1, "a") < Task(1, "b"), max(tasks))
@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float
home = Coordinate(59.9, 10.7)
print(home, hash(home) == hash(Coordinate(59.9, 10.7)), {home: "home"}[Coordinate(59.9, 10.7)])
try:
    home.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
