# The CancelledError raised at the deadline passes through the block's own handlers first: a
# finally inside the block runs before the TimeoutError appears outside.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print(f"{loop.time():.2f} inside: CancelledError")
                raise
            finally:
                print(f"{loop.time():.2f} inside: finally")
    except TimeoutError as e:
        print(f"{loop.time():.2f} outside: TimeoutError, context {type(e.__context__).__name__}")

asyncio.run(main())
