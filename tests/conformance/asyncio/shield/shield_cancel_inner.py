# Cancelling the inner task directly cancels the shield's outer future too.
import asyncio

async def job():
    await asyncio.sleep(5)

async def main():
    inner = asyncio.create_task(job())
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_later(1, inner.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())

asyncio.run(main())
