# Variant 1: hold an asyncio.Lock across read-await-write. The tasks now take
# turns in FIFO order, and the count is right - but it takes 0.3 s.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


class Counter:
    def __init__(self):
        self.count = 0
        self.lock = asyncio.Lock()

    async def increment(self):
        log("waiting for the lock")
        async with self.lock:
            value = self.count
            log(f"read {value}")
            await asyncio.sleep(0.1)
            self.count = value + 1
            log(f"wrote {value + 1}")


async def main():
    counter = Counter()
    async with asyncio.TaskGroup() as tg:
        for i in range(1, 4):
            tg.create_task(counter.increment(), name=f"w{i}")
    log(f"final count: {counter.count}")


asyncio.run(main())
