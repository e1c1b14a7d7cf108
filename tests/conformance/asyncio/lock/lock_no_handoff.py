# release() wakes the first waiter but does not hand the lock over: right after release the lock
# reads as unlocked, yet the releasing task cannot take it back ahead of the woken waiter.
import asyncio

async def holder(lock):
    await lock.acquire()
    print("holder acquired")
    await asyncio.sleep(1)
    lock.release()
    print("holder released; locked() =", lock.locked())
    await lock.acquire()
    print("holder re-acquired, after the waiter")
    lock.release()

async def waiter(lock):
    print("waiter waits")
    async with lock:
        print("waiter acquired")
        await asyncio.sleep(0)
    print("waiter released")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), waiter(lock))

asyncio.run(main())
