# Variant 1: the worker catches CancelledError and does not re-raise it.
# The loop goes on with the next step: the cancellation was swallowed, and
# main waits for a task that it believes it stopped.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker():
    for i in range(1, 6):
        log(f"step {i}")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log("cancelled? never mind")


async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(2.5)
    log("cancel the worker")
    task.cancel()
    await task
    log(f"worker ended normally: cancelled() = {task.cancelled()}")


asyncio.run(main())
