# __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), max(r), 2 in r)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
a, b, c = Countdown(3)
print(a, b, c)
print(dict(zip(Range2(3), Countdown(3))), sorted(Countdown(4)))
