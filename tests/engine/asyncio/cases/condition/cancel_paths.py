# A waiter cancelled while parked re-acquires the lock before CancelledError leaves wait(); one
# cancelled while re-acquiring keeps trying and raises CancelledError holding the lock.
import asyncio

async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(name, "woke normally")
        except asyncio.CancelledError:
            print(name, "got CancelledError; holds the lock:", cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    t1 = asyncio.create_task(waiter("t1", cond))
    await asyncio.sleep(0)
    async with cond:
        t1.cancel()
        await asyncio.sleep(0)
        print("main still holds the lock; t1 done:", t1.done())
    await asyncio.gather(t1, return_exceptions=True)
    print("t1 cancelled:", t1.cancelled())

    t2 = asyncio.create_task(waiter("t2", cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)   # t2 wakes and waits for the lock
        t2.cancel()              # cancelled while re-acquiring
        await asyncio.sleep(0)
        print("t2 done:", t2.done())
    await asyncio.gather(t2, return_exceptions=True)
    print("t2 cancelled:", t2.cancelled(), "locked:", cond.locked())

    t3 = asyncio.create_task(waiter("t3", cond))
    t4 = asyncio.create_task(waiter("t4", cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()   # wakes t3
        t3.cancel()     # woken, then cancelled: notify does not pass to t4
    await asyncio.sleep(0.1)
    print("t4 still waiting:", not t4.done(), repr(cond).split("[")[1][:-2])
    async with cond:
        cond.notify()
    await asyncio.gather(t3, t4, return_exceptions=True)

asyncio.run(main())
