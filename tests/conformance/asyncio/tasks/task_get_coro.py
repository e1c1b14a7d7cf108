# get_coro returns the wrapped coroutine object.
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x + 1

async def main():
    coro = compute(1)
    t = asyncio.create_task(coro)
    print("same object:", t.get_coro() is coro)
    print("coroutine name:", t.get_coro().__name__)
    print(await t)
    print("after finishing:", t.get_coro() is coro)

asyncio.run(main())
