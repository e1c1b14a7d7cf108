# ensure_future wraps coroutines and awaitables in Tasks, returns Futures and Tasks unchanged,
# and rejects everything else.
import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"

async def coro():
    return "from coroutine"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, t.get_name())
    print("task unchanged:", asyncio.ensure_future(t) is t)
    fut = loop.create_future()
    print("future unchanged:", asyncio.ensure_future(fut) is fut)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, w.get_name())
    print(await t, "|", await w)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    fut.cancel()

asyncio.run(main())
