# Assigning to a read-only property.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def area(self):
        return 3.14159 * self._r ** 2
c = Circle(2)
print(round(c.area, 2))
c.area = 10
