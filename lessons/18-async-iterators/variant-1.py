# Variant 1: the same stream as a class with __aiter__ and __anext__.
# An async generator is the short way to write this; the schedule is equal.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


class Readings:
    def __init__(self, count):
        self.count, self.i = count, 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        self.i += 1
        log(f"producing {self.i}")
        await asyncio.sleep(0.5)
        return self.i * 10


async def monitor():
    async for value in Readings(3):
        log(f"got {value}")
    log("stream finished")


async def heartbeat():
    for _ in range(3):
        log("beat")
        await asyncio.sleep(0.6)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(monitor(), name="monitor")
        tg.create_task(heartbeat(), name="heartbeat")


asyncio.run(main())
