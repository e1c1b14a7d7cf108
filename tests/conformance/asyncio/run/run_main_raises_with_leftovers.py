# When main raises, asyncio.run still cancels the leftovers (their cleanup runs) before the
# traceback is printed.
import asyncio

async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background cleanup ran")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    raise RuntimeError("main failed")

asyncio.run(main())
