# Method calls on objects: __init__, methods, attribute reads and writes, a property,
# inheritance with super().
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def total(self):
        return self.x + self.y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, k):
        self.n += k
        return self


def work(n):
    c = Counter()
    p = Point(0, 0)
    step = Point(1, -2)
    total = 0
    for i in range(n):
        c.inc(i)
        p = p.add(step)
        total += p.norm1() + p.total
        if i % 16 == 0:
            total += Point3(i, -i, 1).norm1()
    return total + c.n


t0 = time.process_time()
result = work(max(1, round(1_200_000 * SCALE)))
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
