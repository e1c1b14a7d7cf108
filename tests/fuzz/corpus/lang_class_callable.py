# __call__ makes instances callable.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value):
        self.calls += 1
        return value * self.factor
triple = Multiplier(3)
print(triple(4), triple("ab"), triple.calls, callable(triple), callable(Multiplier), callable(4))
print(list(map(triple, [1, 2])))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.count)
