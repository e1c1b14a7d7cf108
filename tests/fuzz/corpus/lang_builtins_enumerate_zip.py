# enumerate and zip.
names = ["ann", "bob", "cid"]
scores = [90, 85, 77, 60]
print(list(enumerate(names)), list(enumerate(names, start=1)))
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{i}. {n}: {s}")
print(list(zip(names, scores)), list(zip()), list(zip("ab", [1, 2], (True, False))))
print(dict(zip(names, scores)), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate("xy")
print(next(e), type(e).__name__, type(zip()).__name__)
