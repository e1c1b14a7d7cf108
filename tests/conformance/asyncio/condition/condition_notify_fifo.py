# Condition.notify(n) wakes the n longest-waiting tasks in FIFO order; each must re-acquire the
# lock before wait() returns.
import asyncio

async def consumer(cond, name):
    async with cond:
        print(f"{name} waits")
        await cond.wait()
        print(f"{name} woke up")

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(4)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify()
        print("notified 1")
    await asyncio.sleep(1)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)

asyncio.run(main())
