# A cancel from outside while inside asyncio.timeout stays a CancelledError: the cancel count
# says it was not the timeout's.
import asyncio

async def worker():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("not printed")
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} CancelledError, expired={cm.expired()}")
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("worker cancelled:", t.cancelled())

asyncio.run(main())
