# A finished task can be awaited any number of times and gives the same result; two tasks
# awaiting the same task wake in the order they started waiting.
import asyncio

async def compute():
    await asyncio.sleep(1)
    print("compute finished")
    return [1, 2, 3]

async def reader(name, task):
    value = await task
    print(f"{name} got {value}")

async def main():
    t = asyncio.create_task(compute())
    r2 = asyncio.create_task(reader("reader-2", t))
    r1 = asyncio.create_task(reader("reader-1", t))
    await asyncio.gather(r2, r1)
    print("again:", await t, await t)
    print("same object:", await t is t.result())

asyncio.run(main())
