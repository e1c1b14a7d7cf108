# Variant 3: an async list comprehension collects the whole stream first;
# monitor gets all three values at once, at 1.50.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def readings(count):
    for i in range(1, count + 1):
        log(f"producing {i}")
        await asyncio.sleep(0.5)
        yield i * 10


async def monitor():
    values = [value async for value in readings(3)]
    log(f"got all: {values}")


async def heartbeat():
    for _ in range(3):
        log("beat")
        await asyncio.sleep(0.6)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(monitor(), name="monitor")
        tg.create_task(heartbeat(), name="heartbeat")


asyncio.run(main())
