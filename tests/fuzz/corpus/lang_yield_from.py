# yield from delegates iteration, send and return values.
def inner():
    received = yield "inner ready"
    print("inner received", received)
    yield "inner second"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from ["x", "y"]
    return "outer result"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
def delegate_throw():
    try:
        yield from inner()
    except KeyError as e:
        print("delegator caught", e)
        yield "after"
d = delegate_throw()
next(d)
print(d.throw(KeyError("stop")))
