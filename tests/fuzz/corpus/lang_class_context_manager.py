# __enter__ and __exit__: setup, teardown, exception suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}", exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("db") as r:
    print("using", r.name)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")
try:
    with Resource("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Resource("a") as a, Resource("b") as b:
    print("inside", a.name, b.name)
def early():
    with Resource("ret"):
        return "returned"
print(early())
for i in range(2):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        print("body", i)
