# Variant 3: await the coroutines one by one instead.
# Same results in the same order, but 2 + 3 + 1 = 6 seconds instead of 3.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def fetch(source, delay):
    log(f"fetching from {source}")
    await asyncio.sleep(delay)
    log(f"{source} answered")
    return f"data from {source}"


async def main():
    results = [
        await fetch("API", 2),
        await fetch("Database", 3),
        await fetch("Cache", 1),
    ]
    log(f"results: {results}")


asyncio.run(main())
