# An async generator produces values with awaits in between. async for pulls
# them one at a time, and the generator runs inside the task that iterates.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def readings(count):
    for i in range(1, count + 1):
        log(f"producing {i}")
        await asyncio.sleep(0.5)  # wait for the sensor
        yield i * 10


async def monitor():
    async for value in readings(3):
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
