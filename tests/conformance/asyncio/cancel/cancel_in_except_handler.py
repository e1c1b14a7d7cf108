# A task cancelled while it handles another exception: the CancelledError is chained to it.
import asyncio

async def worker():
    try:
        raise ValueError("first problem")
    except ValueError:
        print("handling ValueError, now waiting")
        await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled; context:", repr(e.__context__))

asyncio.run(main())
