# as_completed hands you results in the order the tasks finish. Its timeout
# stops the waiting, not the tasks.
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
            result = await next_done
            log(f"got {result}")
    except TimeoutError:
        log("timed out waiting")
    slow = tasks[0]
    log(f"is slow cancelled? {slow.cancelled()}")
    log(f"slow finished anyway: {await slow}")


asyncio.run(main())
