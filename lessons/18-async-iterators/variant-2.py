# Variant 2: stop early. contextlib.aclosing closes the generator as soon as
# the loop is left, so its finally block runs right away, in this task.
import asyncio
import contextlib


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def readings(count):
    try:
        for i in range(1, count + 1):
            log(f"producing {i}")
            await asyncio.sleep(0.5)
            yield i * 10
    finally:
        log("sensor closed")


async def monitor():
    async with contextlib.aclosing(readings(10)) as stream:
        async for value in stream:
            log(f"got {value}")
            if value >= 20:
                break
    log("stopped reading")


asyncio.run(monitor())
