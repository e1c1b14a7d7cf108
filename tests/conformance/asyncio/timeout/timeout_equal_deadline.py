# A sleep that ends exactly at the block's deadline: the timeout's timer was scheduled first,
# so it cancels the task after the sleep's Future is done but before the task resumed; the
# cancellation is delivered at the resume and the block raises TimeoutError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
            print("not printed")
    except TimeoutError:
        print(f"{loop.time():.2f} TimeoutError")
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0.5)
            await asyncio.sleep(0.5)
            print("not printed either")
    except TimeoutError:
        print(f"{loop.time():.2f} TimeoutError again")

asyncio.run(main())
