# Cleanup in finally may await: the cancelled task keeps running its cleanup before it ends.
import asyncio

async def resource_task():
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} acquiring resource")
    try:
        for i in range(10):
            print(f"{loop.time():.2f} working step {i + 1}")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} cancelled, cleaning up")
        raise
    finally:
        await asyncio.sleep(0.25)
        print(f"{loop.time():.2f} resource released")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(resource_task())
    await asyncio.sleep(2.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} main saw the cancellation")

asyncio.run(main())
