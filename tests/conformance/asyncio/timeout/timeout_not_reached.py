# A block that finishes in time leaves normally; expired() stays False and the timer is dropped.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
        print("when:", cm.when())
    print(f"{loop.time():.2f} expired:", cm.expired())
    await asyncio.sleep(10)
    print(f"{loop.time():.2f} nothing fired at 5")

asyncio.run(main())
