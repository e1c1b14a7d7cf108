# Variant 1: run the blocking call in a worker thread with asyncio.to_thread.
# The report task awaits it like any coroutine, and the heartbeat stays on time.
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
    await asyncio.to_thread(time.sleep, 2)  # blocks a worker thread, not the loop
    log("report done")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat(), name="heartbeat")
        tg.create_task(report(), name="report")


asyncio.run(main())
