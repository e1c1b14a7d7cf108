# A generator's return value travels in StopIteration.value.
def job():
    yield "step 1"
    yield "step 2"
    return "done"
g = job()
print(next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("returned", stop.value, stop.args)
def empty():
    return 42
    yield
try:
    next(empty())
except StopIteration as stop:
    print(stop.value)
def gen_none():
    yield 1
g = gen_none()
next(g)
try:
    next(g)
except StopIteration as stop:
    print(stop.value, repr(stop))
