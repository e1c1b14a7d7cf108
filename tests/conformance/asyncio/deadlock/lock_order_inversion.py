# conformance: ignore-stderr
# Two tasks take two locks in opposite order: each holds one and waits for the other.
import asyncio

async def worker(name, first, second):
    async with first:
        print(f"{name} holds its first lock")
        await asyncio.sleep(0.1)
        print(f"{name} waits for its second lock")
        async with second:
            print("never printed")

async def main():
    a = asyncio.Lock()
    b = asyncio.Lock()
    await asyncio.gather(worker("t1", a, b), worker("t2", b, a))

asyncio.run(main())
