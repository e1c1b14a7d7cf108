# Async comprehensions and awaits inside comprehensions.
import asyncio
async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i
async def double(x):
    await asyncio.sleep(0.1)
    return x * 2
async def main():
    print([n async for n in numbers(4)])
    print([n async for n in numbers(6) if n % 2])
    print({n: n * n async for n in numbers(3)})
    print({n % 2 async for n in numbers(5)})
    print([await double(x) for x in range(3)])
    print([await double(n) async for n in numbers(3)])
    print(asyncio.get_running_loop().time())
asyncio.run(main())
