# String set order depends on the hash seed; the oracle runs with PYTHONHASHSEED=0.
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
print(fruits)
print(set("hello world"))
tags = set()
for t in ["async", "await", "task", "loop", "future", "gather"]:
    tags.add(t)
print(tags)
print(sorted(tags))
print({"a", "b", "c"} | {"d"}, {("x", 1), ("y", 2)})
print(hash("awaitlab"), hash(""), hash("a"))
print({"k1": 1, "k2": 2}.keys() & {"k2", "k3"})
