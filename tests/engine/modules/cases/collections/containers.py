# deque, Counter, defaultdict, OrderedDict, namedtuple and ChainMap: reprs, operations and errors.
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import functools, operator, itertools, contextlib, typing
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.extend([4, 5, 6]); d.rotate(2)
print(d, d.maxlen, len(d), d[0], d[-1], 3 in d, list(reversed(d)), d.count(4), d.index(4))
d2 = deque("abc"); d2 += "de"; print(d2, d2 * 2 if hasattr(deque, '__mul__') else None, deque() == deque([]), bool(deque()))
d2.insert(1, "X"); del d2[0]; print(d2, d2.pop(), d2.popleft(), d2)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()), c.total(), Counter(a=1) == Counter(a=1, b=0))
c.update(["a", "z"]); c.subtract("aa"); print(c, c + Counter("zz"), c - Counter("a"), c | Counter(b=9), c & Counter(a=1), +Counter(a=-1, b=2), -Counter(a=-1))
dd = defaultdict(list); dd["x"].append(1); dd["y"]; print(dd, dict(dd), dd.default_factory)
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(), od, OrderedDict() == OrderedDict(), list(od.items()))
print(OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]), repr(OrderedDict()))
P = namedtuple("P", "x y", defaults=[0]); p = P(1)
print(p, p._replace(x=5), p._asdict(), P._fields, P._field_defaults, P._make([3, 4]), p + (9,), p * 2, P.__doc__, repr(P))
try: P(1, 2, 3)
except TypeError as e: print(e)
try: P()
except TypeError as e: print(e)
Q = namedtuple("Q", ["a", "def", "a"], rename=True); print(Q._fields)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm, dict(cm))
for bad in [lambda: deque([1]).remove(5), lambda: deque([1]).index(5), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque([1]) + [1], lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])["a"], lambda: ChainMap({})["x"], lambda: ChainMap({}, {"a": 1}).pop("a"),
            lambda: ChainMap().popitem(), lambda: Counter.fromkeys("ab"), lambda: OrderedDict().popitem(),
            lambda: OrderedDict().move_to_end("x"), lambda: deque(maxlen=-1), lambda: namedtuple("P", "x _y"),
            lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "x class"), lambda: namedtuple("1P", "x"),
            lambda: P._make([1]), lambda: P(1)._replace(z=3), lambda: defaultdict(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
q = deque()
for i in range(10000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total, repr(deque()), deque([[1]]), ChainMap({"a": 1}).new_child(), ChainMap({"a": 1}, {"b": 2}).parents)
