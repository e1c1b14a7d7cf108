# Two async generators consumed by two tasks interleave at their sleeps.
import asyncio

async def numbers(name, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def consume(name, count, delay):
    loop = asyncio.get_running_loop()
    async for item in numbers(name, count, delay):
        print(f"{loop.time():.2f} {item}")

async def main():
    await asyncio.gather(consume("a", 3, 1), consume("b", 4, 0.75))

asyncio.run(main())
