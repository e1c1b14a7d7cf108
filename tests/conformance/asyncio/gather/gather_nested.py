# gather of gathers: results nest, children run concurrently.
import asyncio

async def item(x):
    await asyncio.sleep(x / 10)
    return x

async def main():
    loop = asyncio.get_running_loop()
    inner1 = asyncio.gather(item(3), item(1))
    inner2 = asyncio.gather(item(2), item(4))
    print(await asyncio.gather(inner1, inner2, item(5)))
    print(f"{loop.time():.2f}")

asyncio.run(main())
