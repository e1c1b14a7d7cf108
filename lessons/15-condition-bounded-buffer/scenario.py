# A bounded buffer built on a Condition: put() waits while the buffer is
# full, get() waits while it is empty, and each wakes the other side.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


class Buffer:
    def __init__(self, size):
        self.items, self.size = [], size
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            while len(self.items) >= self.size:
                log(f"full, waiting to put {item}")
                await self.cond.wait()
            self.items.append(item)
            log(f"put {item} -> {self.items}")
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            while not self.items:
                log("empty, waiting")
                await self.cond.wait()
            item = self.items.pop(0)
            log(f"got {item} -> {self.items}")
            self.cond.notify_all()
            return item


async def producer(buf):
    for item in range(1, 6):
        await buf.put(item)


async def consumer(buf):
    for _ in range(5):
        await buf.get()
        await asyncio.sleep(1)  # consuming is slow


async def main():
    buf = Buffer(size=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(consumer(buf), name="consumer")
        tg.create_task(producer(buf), name="producer")


asyncio.run(main())
