# A waiter cancelled inside cond.wait() re-acquires the lock before CancelledError leaves wait(),
# so its `async with` still releases it cleanly.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print(f"{loop.time():.2f} waiter cancelled; holds lock: {cond.locked()}")
                raise

    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    await cond.acquire()
    w.cancel()
    await asyncio.sleep(1)
    print(f"{loop.time():.2f} main releases the lock")
    cond.release()
    await asyncio.gather(w, return_exceptions=True)
    print("waiter cancelled:", w.cancelled(), "locked:", cond.locked())

asyncio.run(main())
