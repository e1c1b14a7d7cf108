# Every import form on the built-in modules.
import math
import random as rnd
from collections import deque, Counter as Tally
from functools import partial, reduce
from itertools import *
import asyncio, time
print(math.floor(2.5), rnd.__name__, Tally("aab")["a"], deque([1]).pop())
print(list(islice(count(), 3)), reduce(lambda a, b: a + b, [1, 2]), partial(max, 0)(-1))
print(asyncio.__name__, time.__name__, "islice" in dir())
import math as m2
print(m2 is math, "math" in dir(), __name__)
def local_import():
    from math import sqrt
    return sqrt(81)
print(local_import())
try:
    import definitely_not_a_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'nothing_here' from 'math'"))
