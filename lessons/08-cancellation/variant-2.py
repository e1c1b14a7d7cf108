# Variant 2: cancel a task before it has taken its first step.
# Its body never runs - not even the try/finally.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker():
    log("acquire resource")
    try:
        await asyncio.sleep(1)
    finally:
        log("release resource")


async def main():
    task = asyncio.create_task(worker(), name="worker")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log(f"worker is cancelled: {task.cancelled()}")


asyncio.run(main())
