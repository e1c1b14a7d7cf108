# A race at an await point: each task reads the counter, awaits, then writes
# back what it read plus one. Three increments, final count 1.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


class Counter:
    def __init__(self):
        self.count = 0

    async def increment(self):
        value = self.count
        log(f"read {value}")
        await asyncio.sleep(0.1)  # e.g. a database round trip
        self.count = value + 1
        log(f"wrote {value + 1}")


async def main():
    counter = Counter()
    async with asyncio.TaskGroup() as tg:
        for i in range(1, 4):
            tg.create_task(counter.increment(), name=f"w{i}")
    log(f"final count: {counter.count}")


asyncio.run(main())
