# More of collections: deque as a bounded queue, Counter arithmetic, OrderedDict, ChainMap.
from collections import deque, Counter, OrderedDict, ChainMap, namedtuple

recent = deque(maxlen=3)
for event in ["boot", "login", "click", "logout"]:
    recent.append(event)
print(recent, recent.maxlen, list(reversed(recent)), recent[0], "click" in recent)
recent.rotate(1)
print(recent, recent.popleft(), recent, deque("ab") + deque("c"))
stock = Counter(apples=3, pears=1)
sold = Counter(apples=1, pears=2)
print(stock - sold, stock + sold, stock | sold, stock & sold, +Counter(a=-1, b=2), Counter("mississippi").most_common(2))
cache = OrderedDict.fromkeys("abc", 0)
cache.move_to_end("a")
print(cache, cache.popitem(last=False), list(cache))
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
settings = ChainMap(user, defaults)
print(settings["color"], settings["size"], len(settings), sorted(settings), settings.new_child({"color": "blue"})["color"])
Point = namedtuple("Point", "x y", defaults=[0])
print(Point(1), Point._field_defaults, Point(1, 2)._replace(y=5), Point._make((3, 4)))
Point(1, 2, 3)
