# CancelledError is a BaseException, not an Exception: `except Exception` does not catch it.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except Exception as e:
        print("not reached", e)

async def main():
    print("is Exception subclass:", issubclass(asyncio.CancelledError, Exception))
    print("is BaseException subclass:", issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except Exception:
        print("not reached either")
    except asyncio.CancelledError:
        print("caught by except CancelledError")

asyncio.run(main())
