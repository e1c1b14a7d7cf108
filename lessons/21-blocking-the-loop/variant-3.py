# Variant 3: two blocking reports, each in its own worker thread. The threads
# wait side by side: both are done by 2.20, and the heartbeat never stalls.
import asyncio
import time


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def heartbeat():
    for _ in range(6):
        log("beat")
        await asyncio.sleep(0.5)


async def report(seconds):
    await asyncio.sleep(0.2)
    log("generating the report")
    await asyncio.to_thread(time.sleep, seconds)
    log("report done")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat(), name="heartbeat")
        tg.create_task(report(2), name="report-1")
        tg.create_task(report(1.5), name="report-2")


asyncio.run(main())
