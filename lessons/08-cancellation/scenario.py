# task.cancel() only requests cancellation. CancelledError is raised inside
# the task at the await where it is suspended; finally blocks still run.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker():
    log("acquire resource")
    try:
        for i in range(1, 6):
            log(f"step {i}")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("cancelled! cleaning up")
        raise
    finally:
        log("release resource")


async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(2.5)
    log("cancel the worker")
    task.cancel()
    log(f"cancel() returned; task.cancelled() = {task.cancelled()}")
    try:
        await task
    except asyncio.CancelledError:
        log(f"worker is cancelled: {task.cancelled()}")


asyncio.run(main())
