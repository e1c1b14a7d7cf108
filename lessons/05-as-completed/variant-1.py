# Variant 1: no timeout. Every result arrives, fastest first.
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
    for next_done in asyncio.as_completed(tasks):
        result = await next_done
        log(f"got {result}")


asyncio.run(main())
