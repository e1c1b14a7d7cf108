# The main task cancelling itself: asyncio.run raises CancelledError to the caller.
import asyncio

async def main():
    print("main cancels itself")
    asyncio.current_task().cancel()
    await asyncio.sleep(1)
    print("not printed")

asyncio.run(main())
