# A task awaiting another task waits on it as a Future: cancelling the outer task cancels the
# inner one too.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(1)
    o.cancel()
    await asyncio.gather(o, i, return_exceptions=True)
    print("inner cancelled:", i.cancelled(), "outer cancelled:", o.cancelled())

asyncio.run(main())
