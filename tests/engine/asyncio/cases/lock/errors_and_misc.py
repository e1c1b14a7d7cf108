# Error texts, argument checks and the async-with value.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as value:
        print("async with gives", value, "locked:", lock.locked())
    try:
        asyncio.Lock(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with lock:
            raise ValueError("boom")
    except ValueError as e:
        print("released after", repr(e), "->", lock.locked())
    print(type(lock).__module__, type(lock).__qualname__, isinstance(lock, asyncio.Lock))
    coro = lock.acquire()
    print(type(coro).__name__)
    print(await coro)
    lock.release()

    class MyLock(asyncio.Lock):
        async def acquire(self):
            print("MyLock.acquire")
            return await super().acquire()

    m = MyLock()
    async with m:
        print("inside MyLock:", m.locked())
    print("after:", m.locked())

asyncio.run(main())
