# Variant 2: compare with gather, which waits for the slowest and keeps the
# argument order.
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
    for result in await asyncio.gather(*tasks):
        log(f"got {result}")


asyncio.run(main())
