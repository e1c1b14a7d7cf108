# async with (several items) and async for over an async generator.
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def resource(name):
    print(f"acquire {name}")
    await asyncio.sleep(0.1)
    yield name
    print(f"release {name}")
async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
async def main():
    async with resource("db") as db, resource("cache") as cache:
        print("inside", db, cache)
    async for i in ticks(3, 0.5):
        print("tick", i, asyncio.get_running_loop().time())
    async for i in ticks(5, 0):
        if i == 2:
            break
        print("fast", i)
    else:
        print("not printed")
    print("done")
asyncio.run(main())
