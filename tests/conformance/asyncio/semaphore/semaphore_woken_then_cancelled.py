# A waiter that was woken (its slot already counted) and then cancelled before it ran passes
# the slot to the next waiter.
import asyncio

async def user(sem, name):
    loop = asyncio.get_running_loop()
    try:
        async with sem:
            print(f"{loop.time():.2f} {name} got the slot")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} {name} cancelled")
        raise

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    b = asyncio.create_task(user(sem, "B"))
    c = asyncio.create_task(user(sem, "C"))
    await asyncio.sleep(1)
    sem.release()
    print("released: B is woken, locked =", sem.locked())
    b.cancel()
    print("B cancelled before it ran")
    await asyncio.gather(b, c, return_exceptions=True)
    print("B cancelled:", b.cancelled(), "C cancelled:", c.cancelled(), "locked:", sem.locked())

asyncio.run(main())
