# An uncaught asyncio.timeout: TimeoutError raised from the CancelledError, as a chained
# traceback.
import asyncio

async def fetch():
    await asyncio.sleep(10)

async def main():
    async with asyncio.timeout(2):
        await fetch()

asyncio.run(main())
