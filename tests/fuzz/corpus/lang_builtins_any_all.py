# any and all, short-circuiting over generators.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 1]), all([1, 0]))
def check(v):
    print("checking", v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]))
print(all(check(v) for v in [3, 1, 5]))
passwords = ["hunter2", "Secret123", "abc"]
for p in passwords:
    ok = all([len(p) >= 6, any(c.isdigit() for c in p), any(c.isupper() for c in p)])
    print(p, "strong" if ok else "weak")
