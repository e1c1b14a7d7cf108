# Generator expressions are lazy and single-use.
nums = [1, 2, 3, 4]
gen = (n * 10 for n in nums)
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))
print(sum(n * n for n in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(n > 3 for n in nums), all(n > 0 for n in nums), sorted((n % 3 for n in nums), reverse=True))
def source():
    for n in range(5):
        print("producing", n)
        yield n
lazy = (v + 100 for v in source())
print("created generator")
print(next(lazy))
print(next(lazy))
print(", ".join(str(c) for c in "xyz"), dict((k, len(k)) for k in ["ab", "c"]))
