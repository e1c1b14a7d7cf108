# classmethod (alternative constructors) and staticmethod (helpers).
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"
class BirthDate(Date):
    pass
d = Date.from_string("2024-02-29")
b = BirthDate.from_string("1990-07-01")
print(d, b, Date.kind(), BirthDate.kind(), b.kind())
print(Date.is_leap(2024), Date.is_leap(1900), d.is_leap(2000))
class Counter:
    instances = 0
    def __init__(self):
        Counter.register()
    @classmethod
    def register(cls):
        cls.instances += 1
    @staticmethod
    def describe():
        return "counts instances"
Counter()
Counter()
print(Counter.instances, Counter.describe(), Counter().describe(), Counter.instances)
