# BoundedSemaphore, value checks, and the _value attribute tutorials print.
import asyncio

async def main():
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(repr(b).split("[")[1][:-2], isinstance(b, asyncio.Semaphore), type(b).__name__)
    for bad in (-1,):
        for cls in (asyncio.Semaphore, asyncio.BoundedSemaphore):
            try:
                cls(bad)
            except ValueError as e:
                print(cls.__name__, "ValueError:", e)
    try:
        asyncio.Semaphore(None)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.Semaphore(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    s = asyncio.Semaphore(value=3)
    async with s:
        print("inside:", s._value, s.locked())
    print("after:", s._value)
    z = asyncio.Semaphore(0)
    print("zero:", z.locked(), repr(z).split("[")[1][:-2])
    async def late_release():
        await asyncio.sleep(1)
        z.release()
    asyncio.create_task(late_release())
    print("acquired zero ->", await z.acquire(), asyncio.get_running_loop().time())

asyncio.run(main())
