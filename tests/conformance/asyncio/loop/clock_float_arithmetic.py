# The virtual clock advances by the exact float the loop asked to wait, so ten sleeps of 0.1
# give the familiar 0.1 + 0.1 + ... rounding rather than 1.0.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for _ in range(10):
        await asyncio.sleep(0.1)
    print(repr(loop.time()))
    await asyncio.sleep(0.7)
    print(repr(loop.time()))
    await asyncio.sleep(1 / 3)
    print(repr(loop.time()))

asyncio.run(main())
