# id and hash: identity and hash values that are stable across runs.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), type(id(a)).__name__)
print(hash(1), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20))
print(hash(1.0), hash(0.5), hash(1.5), hash(-0.0), hash(float("inf")), hash(True), hash(False))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset()) == hash(frozenset()))
print(hash("abc") == hash("abc"), hash("") , hash(b"") , hash(None) == hash(None))
for unhashable in ([], {}, set()):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
