# Rescheduling to a time that already passed expires the block at the next suspension.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(1)
            cm.reschedule(loop.time() - 1)
            print("rescheduled into the past")
            await asyncio.sleep(0)
            print("not printed")
    except TimeoutError:
        print(f"{loop.time():.2f} expired {cm.expired()}")

asyncio.run(main())
