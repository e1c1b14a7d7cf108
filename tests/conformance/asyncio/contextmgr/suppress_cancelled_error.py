# contextlib.suppress(asyncio.CancelledError) is a common way to await a cancelled task.
import asyncio
import contextlib

async def worker():
    while True:
        await asyncio.sleep(1)
        print("working at", asyncio.get_running_loop().time())

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(2.5)
    t.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await t
    print("worker stopped:", t.cancelled())

asyncio.run(main())
