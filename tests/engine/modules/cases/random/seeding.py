# Seeds of every supported kind give CPython's sequences.
import random

for seed in [0, 1, 42, -42, 2**32, 2**64 + 5, 10**30, "hello", "", "é中", b"bytes", b"", 3.5, -0.0, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.getrandbits(70))

random.seed("hello", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed(12)
a = [random.random() for _ in range(3)]
random.seed(12)
print(a == [random.random() for _ in range(3)])
r1, r2 = random.Random(7), random.Random(7)
print(r1.random() == r2.random(), r1.randrange(1000), r2.randrange(1000))
r1.seed(99)
print(r1.random(), random.Random(99).random())
print(type(r1).__name__, type(r1).__module__, isinstance(r1, random.Random))
