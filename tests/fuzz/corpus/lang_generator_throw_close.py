# throw() and close() on generators, with cleanup in finally.
def worker():
    try:
        while True:
            try:
                job = yield
                print("working on", job)
            except ValueError as e:
                print("recovered from", e)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send("job-1")
w.throw(ValueError("bad job"))
w.send("job-2")
w.close()
w.close()
print("closed")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
s = stubborn()
next(s)
s.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def simple():
    yield 1
t = simple()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError from unstarted generator:", e)
