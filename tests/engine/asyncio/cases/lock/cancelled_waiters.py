# A cancelled waiter is skipped; a waiter woken and then cancelled before it runs passes the
# wake-up on; a newcomer takes a free lock when every waiter is cancelled.
import asyncio

async def waiter(name, lock):
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, "cancelled; locked:", lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    c = asyncio.create_task(waiter("c", lock))
    await asyncio.sleep(0)
    print("waiters:", repr(lock).split("[")[1][:-2])
    a.cancel()
    await asyncio.sleep(0)
    print("after cancelling a:", repr(lock).split("[")[1][:-2])
    lock.release()          # wakes b
    b.cancel()              # b was woken, then cancelled before it ran: it wakes c
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("locked at the end:", lock.locked())

    # Every waiter cancelled: a newcomer gets the lock at once.
    await lock.acquire()
    d = asyncio.create_task(waiter("d", lock))
    await asyncio.sleep(0)
    d.cancel()
    lock.release()
    print("newcomer:", await lock.acquire(), "before d ran")
    lock.release()
    await asyncio.gather(d, return_exceptions=True)
    print("d cancelled:", d.cancelled())

asyncio.run(main())
