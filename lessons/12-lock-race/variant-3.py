# Variant 3: w2 starts 0.1 s late, so it reads just when w1 writes back. asyncio wakes w1
# first and the count is right, by luck of the order: turn on View > Be the scheduler (F9) and
# run w2 first at 0.10 to lose w1's update.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


class Counter:
    def __init__(self):
        self.count = 0

    async def increment(self, delay):
        if delay:
            await asyncio.sleep(delay)  # starts later
        value = self.count
        log(f"read {value}")
        await asyncio.sleep(0.1)  # e.g. a database round trip
        self.count = value + 1
        log(f"wrote {value + 1}")


async def main():
    counter = Counter()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(counter.increment(0), name="w1")
        tg.create_task(counter.increment(0.1), name="w2")
    log(f"final count: {counter.count}")


asyncio.run(main())
