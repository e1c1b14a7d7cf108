# format() and str.format with positional, keyword, index and attribute fields.
print(format(3.14159, ".3f"), format(42, "08b"), format("hi", ">5"), format(1234, ","))
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age:d} years".format(name="ann", age=31))
point = {"x": 3, "y": 4}
print("({x}, {y})".format(**point))
print("{0[0]} {0[1]} {1[k]}".format(["first", "second"], {"k": "val"}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print("x={0.x} y={0.y}".format(p))
print("{:>10}|{:<6}|{:^7}|".format("right", "left", "mid"))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("braces"))
print("{:.2%} {:e} {:+.1f}".format(0.4567, 1234.5, 2.25))
print(format(255, "#x"), format(10), format(2.5), format(True), format(None))
