# as_completed yields awaitables in completion order; each await gives the next result.
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    coros = [fetch("slow", 3), fetch("fast", 1), fetch("medium", 2)]
    for completed in asyncio.as_completed(coros):
        result = await completed
        print(f"{loop.time():.2f} {result}")

asyncio.run(main())
