# Variant 2: pass the same task twice.
# gather runs it once and puts its result in both places.
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
    cache = asyncio.create_task(fetch("Cache", 1), name="cache")
    results = await asyncio.gather(cache, fetch("API", 2), cache)
    log(f"results: {results}")


asyncio.run(main())
