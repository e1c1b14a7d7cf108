# A leftover task that raises while asyncio.run cancels it is reported as
# "unhandled exception during asyncio.run() shutdown"; the program still exits normally.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    print("main returns")

asyncio.run(main())
print("after asyncio.run")
