# A Condition built on an existing Lock shares it: holding the lock is holding the condition.
import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with lock:
        print("cond.locked() while lock held:", cond.locked())
        cond.notify_all()
    print("cond.locked() after:", cond.locked())

    async def waiter():
        async with cond:
            await cond.wait()
            print("waiter woke; lock.locked() =", lock.locked())

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("while waiting, lock.locked() =", lock.locked())
    async with lock:
        cond.notify()
    await w

asyncio.run(main())
