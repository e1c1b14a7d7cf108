# TypeError for too many arguments to a method.
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, step):
        self.n += step
c = Counter()
c.add(1)
c.add(1, 2)
