# An exception raised from a dunder method called implicitly.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(150) + Money(25))
print(Money(150) + 25)
