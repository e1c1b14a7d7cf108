# Errors of the generated __init__ and of the decorator.
from dataclasses import dataclass, field, fields

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("no args", lambda: Item())
attempt("one arg", lambda: Item("x"))
attempt("too many", lambda: Item("x", 1, 2, 3))
attempt("bad kw", lambda: Item("x", 1, colour="red"))
attempt("twice", lambda: Item("x", 1, name="y"))
attempt("fields int", lambda: fields(5))

def define(kind):
    if kind == "mutable":
        @dataclass
        class A:
            items: list = []
    elif kind == "order":
        @dataclass
        class B:
            a: int = 1
            b: int
    elif kind == "both":
        field(default=1, default_factory=list)
    elif kind == "order_eq":
        @dataclass(order=True, eq=False)
        class C:
            a: int
    elif kind == "lt":
        @dataclass(order=True)
        class D:
            a: int
            def __lt__(self, other):
                return True
    return "defined"

for kind in ("mutable", "order", "both", "order_eq", "lt"):
    attempt(kind, lambda: define(kind))
