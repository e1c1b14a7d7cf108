# A waiter cancelled while waiting leaves the queue; the lock goes to the next waiter. A waiter
# cancelled after being woken passes the wake-up on.
import asyncio

async def user(name, lock):
    loop = asyncio.get_running_loop()
    try:
        async with lock:
            print(f"{loop.time():.2f} {name} has the lock")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} {name} cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(n, lock)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(0.5)
    tasks[1].cancel()
    await asyncio.sleep(0.5)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("cancelled:", [t.cancelled() for t in tasks])

asyncio.run(main())
