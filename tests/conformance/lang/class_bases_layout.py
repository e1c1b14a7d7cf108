# Which bases a class may combine: Python classes with int/str, exception families, and
# builtins whose instance layouts conflict.
class Tagged:
    def __new__(cls, *args):
        print("Tagged.__new__ for", cls.__name__)
        return super().__new__(cls, *args)

    def tag(self):
        return f"<{self}>"

class TaggedInt(Tagged, int):
    pass

class TaggedStr(Tagged, str):
    pass

n = TaggedInt(41)
print(n + 1, n.tag(), isinstance(n, int), TaggedInt.__mro__[1].__name__)
s = TaggedStr("hi")
print(s.upper(), s.tag(), len(s))

class IntFirst(int, Tagged):
    pass
print(IntFirst(7) * 2)

class Both(OSError, ValueError):
    pass
e = Both(2, "missing")
print(repr(e), e.errno, e.strerror, isinstance(e, ValueError))

class Other(ValueError, OSError):
    pass
print(isinstance(Other("io"), OSError))

class LookupValue(KeyError, ValueError):
    pass
print(repr(LookupValue("k")))

for bases in [(int, str), (list, dict), (str, bytes), (int, Exception)]:
    try:
        type("Mixed", bases, {})
    except TypeError as err:
        print([b.__name__ for b in bases], "->", err)
