# gather runs awaitables concurrently and returns their results in the order
# of the arguments, not in the order they finish.
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
    results = await asyncio.gather(
        fetch("API", 2),
        fetch("Database", 3),
        fetch("Cache", 1),
    )
    log(f"results: {results}")


asyncio.run(main())
