# __eq__ and __hash__; objects as dict keys and set members.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"
a, b, c = Card("A", "s"), Card("A", "s"), Card("K", "h")
print(a == b, a is b, a != c, a == "As", len({a, b, c}), {a: 1}[b])
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(NoHash(1) == NoHash(1), NoHash.__hash__)
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
x = Plain()
print(x == x, x == Plain(), x in [x], hash(x) == hash(x))
print(sorted({Card("2", "c"), Card("2", "c"), Card("3", "d")}, key=repr))
