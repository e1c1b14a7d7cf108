# notify_all wakes everyone at once, but they re-acquire the lock one after another, in FIFO
# order, each finishing its critical section first.
import asyncio

async def worker(cond, name):
    loop = asyncio.get_running_loop()
    async with cond:
        await cond.wait()
        print(f"{loop.time():.2f} {name} holds the lock")
        await asyncio.sleep(0.5)

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(worker(cond, n)) for n in ("x", "y", "z")]
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
