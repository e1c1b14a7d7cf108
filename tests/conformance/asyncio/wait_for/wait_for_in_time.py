# wait_for returns the result when the awaitable finishes before the timeout.
import asyncio

async def work():
    await asyncio.sleep(1)
    return "work result"

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(work(), timeout=2), f"{loop.time():.2f}")
    print(await asyncio.wait_for(work(), timeout=None), f"{loop.time():.2f}")

asyncio.run(main())
