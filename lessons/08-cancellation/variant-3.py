# Variant 3: cancel with a message, and await something inside finally.
# The clean-up may take time; main waits for all of it.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log(f"cancelled with message {e.args[0]!r}")
        raise
    finally:
        log("closing the connection...")
        await asyncio.sleep(0.5)
        log("closed")


async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(1)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError:
        log("worker finished cleaning up")


asyncio.run(main())
