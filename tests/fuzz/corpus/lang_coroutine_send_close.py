# Coroutine objects at the language level: send, StopIteration, close.
class Pause:
    def __await__(self):
        value = yield "paused"
        return value
async def add(a, b):
    got = await Pause()
    print("resumed with", got)
    return a + b + got
coro = add(1, 2)
print(type(coro).__name__, add.__name__)
print(coro.send(None))
try:
    coro.send(10)
except StopIteration as stop:
    print("returned", stop.value)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = add(0, 0)
print(c2.send(None))
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c3 = add(5, 5)
c3.close()
print("closed before start")
async def quick():
    return "no suspension"
q = quick()
try:
    q.send(None)
except StopIteration as stop:
    print(stop.value)
