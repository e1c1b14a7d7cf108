# A finished or closed generator or coroutine keeps its code object; only the frame goes.
async def f():
    return 1
c = f()
print(c.cr_code.co_name, c.cr_frame is not None, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(c.cr_code.co_name, c.cr_frame, c.cr_running, c.cr_await)
def g():
    yield 1
it = g()
list(it)
print(it.gi_code.co_name, it.gi_frame, it.gi_running)
c2 = f(); c2.close(); print(c2.cr_code.co_name, c2.cr_frame)
