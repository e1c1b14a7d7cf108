# A read-modify-write split by an await loses updates; the same code under a Lock does not.
import asyncio

class Counter:
    def __init__(self):
        self.count = 0
        self.lock = asyncio.Lock()

    async def unsafe_increment(self):
        current = self.count
        await asyncio.sleep(0.1)
        self.count = current + 1

    async def safe_increment(self):
        async with self.lock:
            current = self.count
            await asyncio.sleep(0.1)
            self.count = current + 1

async def main():
    loop = asyncio.get_running_loop()
    c = Counter()
    await asyncio.gather(*(c.unsafe_increment() for _ in range(10)))
    print(f"{loop.time():.2f} without lock: {c.count}")
    c.count = 0
    await asyncio.gather(*(c.safe_increment() for _ in range(10)))
    print(f"{loop.time():.2f} with lock: {c.count}")

asyncio.run(main())
