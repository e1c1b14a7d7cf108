# The ways out of Event.wait() besides set(): cancel while parked, cancel after set() but
# before the waiter ran, a message through cancel(msg), throw() and close() on the bare
# coroutine, reuse and send() misuse; each leaves the waiter list as CPython's finally does.
import asyncio

def waiters(ev):
    return repr(ev).split("[")[1][:-2]

async def waiter(name, ev):
    try:
        print(name, "->", await ev.wait())
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise

async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter("a", ev), name="A")
    b = asyncio.create_task(waiter("b", ev), name="B")
    c = asyncio.create_task(waiter("c", ev), name="C")
    await asyncio.sleep(0)
    print(waiters(ev))
    print(repr(a).replace(__file__.rsplit("/", 1)[-1], "FILE"))
    print(type(a._fut_waiter).__name__, a._fut_waiter.done())
    coro = a.get_coro().cr_await
    print(repr(coro).split(" at ")[0], coro.cr_running)
    print("cancel a:", a.cancel("stop"))
    await asyncio.sleep(0)
    print(waiters(ev), a.cancelled())
    ev.set()
    print("cancel b after set:", b.cancel())
    await asyncio.gather(b, c, return_exceptions=True)
    print(waiters(ev), b.cancelled(), c.result())
    ev.clear()

    w = ev.wait()
    print(w.send(None) is not None, waiters(ev))
    try:
        w.throw(ValueError("boom"))
    except ValueError as e:
        print("throw:", e, waiters(ev))
    try:
        w.send(None)
    except RuntimeError as e:
        print("reuse:", e)

    w = ev.wait()
    fut = w.send(None)
    print(fut.done(), waiters(ev))
    w.close()
    print("closed:", waiters(ev), w.cr_await, fut.done())

    w = ev.wait()
    try:
        w.send(1)
    except TypeError as e:
        print("send:", e)
    w.close()

    ev.set()
    w = ev.wait()
    try:
        w.send(None)
    except StopIteration as e:
        print("already set:", e.value, waiters(ev))

    ev.clear()
    d = asyncio.create_task(waiter("d", ev))
    await asyncio.sleep(0)
    d.cancel()
    d.cancel()
    try:
        await d
    except asyncio.CancelledError:
        print("d cancelled twice", d.cancelling(), waiters(ev))
    try:
        async with asyncio.timeout(0.1):
            await ev.wait()
    except TimeoutError:
        print("timeout", waiters(ev))

asyncio.run(main())
