# Variant 3: after the timeout, cancel what is still running.
# The timeout alone does not stop anything; cancelling is your job.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def fetch(name, delay):
    await asyncio.sleep(delay)
    log("ready")
    return name


async def main():
    delays = {"slow": 3, "fast": 1, "medium": 2}
    tasks = [asyncio.create_task(fetch(n, d), name=n) for n, d in delays.items()]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=2.5):
            log(f"got {await next_done}")
    except TimeoutError:
        log("timed out waiting; cancelling the rest")
        for t in tasks:
            t.cancel()
    await asyncio.sleep(1)
    log(f"is slow cancelled? {tasks[0].cancelled()}")


asyncio.run(main())
