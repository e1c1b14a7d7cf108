# @dataclass: __init__, __repr__, __eq__, defaults, default_factory, fields, asdict, astuple.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY, InitVar
from typing import ClassVar

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0

    def total(self):
        return self.price * self.quantity

a = Item("pen", 1.5)
b = Item("book", 12.0, 2, ["paper"])
print(a, b, b.total(), a == Item("pen", 1.5), a == b, a != b, Item.count)
print([f.name for f in fields(Item)], asdict(b), astuple(b), replace(a, quantity=3))
print(is_dataclass(Item), is_dataclass(a), is_dataclass(5), Item.__match_args__)
print(Item.__init__.__qualname__, Item.__repr__.__qualname__, Item.__hash__)

@dataclass
class Point:
    x: int = 0
    y: int = 0

print(Point(), Point(3), Point(y=5), [Point(i, i * i) for i in range(3)], Point(1, 2) == (1, 2))

@dataclass
class Job:
    id: int
    retries: int = 3
    log: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self):
        self.log.append(f"created {self.id}")

j = Job(7)
print(j, j.log, j == Job(7, log=["other"]))

@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2
    _: KW_ONLY
    label: str = "x"

    def __post_init__(self, factor):
        self.value *= factor

print(Scaled(3), Scaled(3, 10, label="y"), [f.name for f in fields(Scaled)])

@dataclass
class Base:
    x: int
    y: int = 0

@dataclass
class Child(Base):
    z: int = 5

print(Child(1), Child(1, 2, 3), asdict(Child(1)))

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)

root = Node("root", [Node("a"), Node("b", [Node("c")])])
print(root, asdict(root))

@dataclass(repr=False, eq=False)
class Plain:
    v: int

print(Plain(1) == Plain(1), hasattr(Plain(1), "v"), "Plain object" in repr(Plain(1)))
