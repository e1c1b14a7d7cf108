# Variant 3: the body of the async with fails after creating the tasks.
# The group cancels its tasks, waits for them, then re-raises the error.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker(delay):
    log(f"sleeping {delay}s")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log("cancelled")
        raise
    log("finished")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for delay in (1, 2, 3):
                tg.create_task(worker(delay), name=f"worker-{delay}")
            await asyncio.sleep(2.5)
            raise RuntimeError("the body gave up")
    except* RuntimeError as eg:
        log(f"caught {eg.exceptions}")


asyncio.run(main())
