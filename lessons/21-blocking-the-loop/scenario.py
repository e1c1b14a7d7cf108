# A blocking call inside a coroutine (time.sleep, a slow library call, heavy
# computation) stops the whole event loop: no other task runs until it returns.
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
    time.sleep(2)  # blocking: the event loop cannot run anything else
    log("report done")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat(), name="heartbeat")
        tg.create_task(report(), name="report")


asyncio.run(main())
