# list.sort is timsort: a class whose __lt__ records its calls sees CPython's exact sequence,
# for runs, galloping merges, key=, reverse=, and an __lt__ that raises partway through.
import random

calls = []


class Card:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        calls.append((self.rank, other.rank))
        return self.rank < other.rank

    def __repr__(self):
        return f"Card({self.rank})"


def show(title, ranks, **kwargs):
    calls.clear()
    cards = [Card(r) for r in ranks]
    cards.sort(**kwargs)
    print(title, len(calls), "calls")
    print("  first:", calls[:12])
    print("  last:", calls[-12:])
    print("  result:", [c.rank for c in cards][:20])
    print("  digest:", hash(tuple(calls)) % 1000003)


show("tiny", [3, 1, 2])
show("sorted", list(range(100)))
show("descending", list(range(100, 0, -1)))
show("ascending then descending", list(range(50)) + list(range(80, 30, -1)))
rng = random.Random(7)
show("random 300", [rng.randrange(1000) for _ in range(300)])
show("few distinct 500", [rng.randrange(4) for _ in range(500)])
# Two long interleaving runs: merge_lo / merge_hi enter galloping mode.
show("gallop", list(range(0, 400, 2)) + list(range(1, 100, 2)) + list(range(300, 700)))
show("reverse", [rng.randrange(50) for _ in range(200)], reverse=True)
show("key", [rng.randrange(100) for _ in range(200)], key=lambda c: -c.rank)


class Fragile(Card):
    budget = 0

    def __lt__(self, other):
        Fragile.budget -= 1
        if Fragile.budget < 0:
            raise ValueError("no more comparisons")
        return super().__lt__(other)


for budget in (5, 150, 900):
    calls.clear()
    Fragile.budget = budget
    items = [Fragile(rng.randrange(1000)) for _ in range(256)]
    try:
        items.sort()
    except ValueError as e:
        print("raised after", len(calls), "calls:", e)
    print("  order left:", [c.rank for c in items][:16], hash(tuple(c.rank for c in items)) % 1000003)


# Equal keys keep their order, in both directions.
pairs = [(rng.randrange(5), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
# The list is empty while the sort runs.
seen = []
data = [3, 1, 2]
data.sort(key=lambda x: (seen.append(len(data)), x)[1])
print(data, seen)
