# @dataclass: generated __init__, __repr__, __eq__, defaults, default_factory.
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.quantity
a = Item("pen", 1.5)
b = Item("book", 12.0, 2, ["paper"])
print(a)
print(b, b.total())
print(a == Item("pen", 1.5), a == b, a.tags is Item("x", 0).tags)
a.tags.append("blue")
print(a, Item("x", 0))
@dataclass
class Point:
    x: int = 0
    y: int = 0
print(Point(), Point(3), Point(y=5), [Point(i, i * i) for i in range(3)])
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Job:
    id: int
    retries: int = 3
    def __post_init__(self):
        print(f"created job {self.id}")
print(Job(7))
