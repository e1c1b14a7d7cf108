# 3.11: if the inner task swallows the cancellation and returns a value, wait_for returns that
# value instead of raising TimeoutError.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "stubborn result"

async def main():
    loop = asyncio.get_running_loop()
    result = await asyncio.wait_for(stubborn(), timeout=1)
    print(f"{loop.time():.2f} wait_for returned {result!r}")

asyncio.run(main())
