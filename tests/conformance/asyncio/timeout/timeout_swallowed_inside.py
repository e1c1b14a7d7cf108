# If the code inside the block swallows the CancelledError, the block exits normally: no
# TimeoutError, but expired() is True (and __aexit__ still takes back its cancel request).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print(f"{loop.time():.2f} swallowed the cancellation")
    print("expired:", cm.expired(), "cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
