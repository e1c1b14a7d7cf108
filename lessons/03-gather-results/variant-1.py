# Variant 1: create named tasks first, then gather them.
# gather accepts tasks as well as coroutines; the lanes now carry your names.
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
    sources = {"API": 2, "Database": 3, "Cache": 1}
    tasks = [asyncio.create_task(fetch(s, d), name=s.lower()) for s, d in sources.items()]
    results = await asyncio.gather(*tasks)
    log(f"results: {results}")


asyncio.run(main())
