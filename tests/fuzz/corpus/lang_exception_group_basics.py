# ExceptionGroup objects: message, exceptions, subgroup, split, nesting.
eg = ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type"),
                                         ExceptionGroup("nested", [ValueError("deep")])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
values = eg.subgroup(lambda e: isinstance(e, ValueError))
print(repr(values))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(eg.subgroup(KeyError), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("wrong", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
