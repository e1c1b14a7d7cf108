# frozenset: immutable, hashable, usable as dict keys.
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, frozenset(), repr(frozenset("a")))
groups = {frozenset({"ann", "bob"}): "team a", frozenset({"cid"}): "team b"}
print(groups[frozenset({"bob", "ann"})])
print(fs | {9}, fs & {1, 5}, type(fs | {9}).__name__, type({9} | fs).__name__)
print(fs == {1, 2, 3}, hash(fs) == hash(frozenset([1, 2, 3])))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
