# Two tasks sleeping 0.1 and 0.3 repeatedly: deadlines computed from different float sums
# differ in the last bit, which decides who wakes first at "the same" time.
import asyncio

async def ticker(name, step, count):
    loop = asyncio.get_running_loop()
    for _ in range(count):
        await asyncio.sleep(step)
        print(f"{name} {loop.time()!r}")

async def main():
    await asyncio.gather(ticker("fast", 0.1, 6), ticker("slow", 0.3, 2))

asyncio.run(main())
