# collections.namedtuple.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
Person = namedtuple("Person", "name age city", defaults=["unknown"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], tuple(p), len(p))
x, y = p
print(x + y, p == (3, 4), p._fields, p._asdict())
print(p._replace(y=10), p)
ann = Person("ann", 31)
print(ann, Person("bob", 25, "Oslo"), Person(name="cid", age=1))
people = [Person("x", 40), Person("y", 20)]
print(sorted(people, key=lambda q: q.age))
print(Point._make([7, 8]), type(p).__name__, isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
