# Generator functions: yield, next, StopIteration, for loops.
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("liftoff")
gen = countdown(3)
print("generator created")
print(next(gen))
print(next(gen))
for value in gen:
    print("loop got", value)
try:
    next(gen)
except StopIteration:
    print("exhausted")
print(next(countdown(0), "default"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]
print(list(chunks(list(range(7)), 3)))
print(type(gen).__name__, countdown.__name__)
