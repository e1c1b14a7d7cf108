# Cancelling the task that awaits a gather cancels the gather and so its children.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def parent():
    try:
        await asyncio.gather(child("x"), child("y"))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print("parent cancelled:", p.cancelled())

asyncio.run(main())
