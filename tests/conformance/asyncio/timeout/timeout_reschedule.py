# reschedule() moves the deadline while inside the block; timeout(None) starts without one.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("initial when:", cm.when())
            await asyncio.sleep(1)
            new_deadline = loop.time() + 2
            cm.reschedule(new_deadline)
            print("rescheduled to", cm.when())
            await asyncio.sleep(1)
            cm.reschedule(cm.when() + 1.5)
            print("pushed back to", cm.when())
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"{loop.time():.2f} timed out, expired = {cm.expired()}")

asyncio.run(main())
