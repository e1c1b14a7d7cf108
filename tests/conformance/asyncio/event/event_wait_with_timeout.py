# Waiting for an Event with a timeout, and a cancelled waiter leaving the Event's queue.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    try:
        await asyncio.wait_for(event.wait(), timeout=1.5)
    except TimeoutError:
        print(f"{loop.time():.2f} gave up waiting")
    loop.call_later(1, event.set)
    async with asyncio.timeout(5):
        result = await event.wait()
    print(f"{loop.time():.2f} event set, wait returned {result}")

asyncio.run(main())
