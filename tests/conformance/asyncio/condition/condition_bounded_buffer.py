# The tutorial's bounded buffer on a Condition: producers wait while full, consumers while
# empty, everyone notify_all()s.
import asyncio

class AsyncBuffer:
    def __init__(self, max_size=2):
        self.buffer = []
        self.max_size = max_size
        self.condition = asyncio.Condition()

    async def produce(self, item):
        async with self.condition:
            while len(self.buffer) >= self.max_size:
                await self.condition.wait()
            self.buffer.append(item)
            print(f"produce {item} -> {self.buffer}")
            self.condition.notify_all()

    async def consume(self, name):
        async with self.condition:
            while len(self.buffer) == 0:
                await self.condition.wait()
            item = self.buffer.pop(0)
            print(f"{name} consume {item} -> {self.buffer}")
            self.condition.notify_all()
            return item

async def main():
    buf = AsyncBuffer()
    consumers = [buf.consume(f"c{i}") for i in range(5)]
    producers = [buf.produce(i) for i in range(5)]
    print(await asyncio.gather(*consumers, *producers))

asyncio.run(main())
