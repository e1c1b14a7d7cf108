# Variant 2: no await between read and write. Only one task runs at a time
# and switches happen only at awaits, so this is safe without a lock.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


class Counter:
    def __init__(self):
        self.count = 0

    async def increment(self):
        await asyncio.sleep(0.1)  # the slow part, done before touching count
        self.count += 1
        log(f"count is now {self.count}")


async def main():
    counter = Counter()
    async with asyncio.TaskGroup() as tg:
        for i in range(1, 4):
            tg.create_task(counter.increment(), name=f"w{i}")
    log(f"final count: {counter.count}")


asyncio.run(main())
