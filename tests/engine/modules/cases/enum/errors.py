# Error types and messages are CPython's.
from enum import Enum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    SCARLET = 1

class Perm(Flag):
    R = 1
    W = 2

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def define(kind):
    if kind == "reuse":
        class A(Enum):
            X = 1
            X = 2
    elif kind == "extend":
        class B(Color):
            BLUE = 3
    elif kind == "sunder":
        class C(Enum):
            _bad_ = 1
    return "defined"

attempt("value", lambda: Color(7))
attempt("name", lambda: Color["PURPLE"])
attempt("attr", lambda: Color.PURPLE)
attempt("reassign", lambda: setattr(Color, "RED", 5))
attempt("delete", lambda: delattr(Color, "RED"))
attempt("unique", lambda: unique(Color))
attempt("flag value", lambda: Perm(8))
attempt("no members", lambda: Enum(1))
attempt("compare", lambda: Color.RED < Color.GREEN)
for kind in ("reuse", "extend", "sunder"):
    attempt(kind, lambda: define(kind))
