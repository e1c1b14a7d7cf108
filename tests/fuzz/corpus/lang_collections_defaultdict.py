# collections.defaultdict for grouping and counting.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], "z" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["q"], sorted(counts.items()))
tree = defaultdict(lambda: defaultdict(int))
tree["a"]["x"] += 1
tree["a"]["y"] += 2
print({k: dict(v) for k, v in tree.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
s = defaultdict(set)
s["evens"].add(2)
s["evens"].add(2)
print(s, s.default_factory)
