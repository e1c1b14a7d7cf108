# collections.Counter.
from collections import Counter
words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c)
print(c["the"], c["missing"], c.most_common(2), len(c))
letters = Counter("abracadabra")
print(letters, letters.most_common(3))
letters.update("aaz")
print(letters["a"], letters["z"])
letters.subtract("aaaa")
print(letters["a"])
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
print(sorted(Counter("hello").elements()), sum(Counter("hello").values()))
inventory = Counter({"apple": 3})
inventory["pear"] += 2
print(inventory, dict(inventory), Counter())
print(list(Counter("banana").keys()), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
