# enumerate reuses its result tuple once the loop has let go of it, so an item is released
# when the next one is fetched; a start given as a bool or past 2**63 - 1 still counts in ints.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


for i, item in enumerate([Tracked("a"), Tracked("b"), Tracked("c")]):
    print("loop", i, item.name)
print("after loop")

pairs = enumerate([Tracked("d"), Tracked("e")])
first = next(pairs)
second = next(pairs)
print(first[0], second[0], first is second)
del first, second, pairs
print(list(enumerate("ab", True)), list(enumerate("ab", start=2**63 - 1)))
print(list(enumerate("xyz", -2)), [type(i).__name__ for i, _ in enumerate("ab", False)])
