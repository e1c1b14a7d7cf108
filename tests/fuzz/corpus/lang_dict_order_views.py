# Dicts keep insertion order; views follow the dict; merging with |.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d)
del d["alpha"]
d["alpha"] = 0
print(d)
d["zeta"] = 100
print(d)
keys = d.keys()
d["new"] = 1
print(keys, len(keys))
print(d.items())
print(d.values())
print({**d, "zeta": -1})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
print(list(reversed(a)), {1: "a", True: "b", 1.0: "c"})
print(dict(zip("abc", range(3))), dict([("k", "v")]))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
