# An async iterator class (__aiter__/__anext__) driven by async for, sleeping between items.
import asyncio

class Ticker:
    def __init__(self, limit, delay):
        self.limit = limit
        self.delay = delay
        self.current = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        value = self.current
        self.current += 1
        return value

async def main():
    loop = asyncio.get_running_loop()
    async for i in Ticker(4, 0.25):
        print(f"{loop.time():.2f} tick {i}")
    print("iteration over")

asyncio.run(main())
