# __repr__ and __str__, and where each is used.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
p = Point(1, 2.5)
print(p)
print(repr(p), str(p), f"{p}", f"{p!r}", "%s %r" % (p, p))
print([p, Point("a", None)])
print({"origin": Point(0, 0)})
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __str__(self):
        return f"{self.celsius:.1f}°C"
    def __format__(self, spec):
        return format(self.celsius, spec) + "C"
t = Temperature(21.456)
print(t, f"{t:.2f}", str(t))
