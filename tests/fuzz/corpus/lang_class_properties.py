# property with getter, setter and deleter; computed attributes.
class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._celsius = 0.0
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 2))
print(Circle(2).area)
