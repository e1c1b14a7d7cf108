# Calling asyncio.run from a running event loop.
import asyncio
async def inner():
    return 1
async def main():
    print("outer running")
    return asyncio.run(inner())
asyncio.run(main())
