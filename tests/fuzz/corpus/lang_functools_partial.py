# functools.partial.
from functools import partial
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), square(base=9))
def log(level, message, *, prefix=""):
    return f"{prefix}[{level}] {message}"
warn = partial(log, "WARN", prefix=">> ")
print(warn("disk almost full"), warn("override", prefix=""))
print(square.func is power, square.args, square.keywords, two_to.args)
int_from_binary = partial(int, base=2)
print(int_from_binary("1010"), list(map(partial(power, 3), range(4))))
