# Acquiring a free lock with no waiters does not suspend the task.
import asyncio

async def other():
    print("other ran")

async def main():
    lock = asyncio.Lock()
    asyncio.create_task(other())
    await lock.acquire()
    print("acquired without yielding")
    lock.release()
    async with lock:
        print("again without yielding")
    await asyncio.sleep(0)
    print("main after sleep(0)")

asyncio.run(main())
