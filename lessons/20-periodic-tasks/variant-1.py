# Variant 1: schedule by deadline. Each run is due exactly one interval after
# the previous deadline, however long the job took: 1.00, 2.00, 3.00, 4.00.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def job():
    log("job starts")
    await asyncio.sleep(0.3)


async def periodic(interval):
    loop = asyncio.get_running_loop()
    deadline = loop.time()
    while True:
        deadline += interval
        await asyncio.sleep(deadline - loop.time())
        await job()


async def main():
    task = asyncio.create_task(periodic(1.0), name="periodic")
    await asyncio.sleep(4.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("periodic task cancelled")


asyncio.run(main())
