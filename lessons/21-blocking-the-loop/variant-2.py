# Variant 2: the older spelling, loop.run_in_executor(None, ...), runs the
# call in the loop's default thread pool - the same effect as to_thread.
import asyncio
import time


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def heartbeat():
    for _ in range(6):
        log("beat")
        await asyncio.sleep(0.5)


async def report():
    await asyncio.sleep(0.2)
    log("generating the report")
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, 2)
    log("report done")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat(), name="heartbeat")
        tg.create_task(report(), name="report")


asyncio.run(main())
