# Calling cancel() twice counts two requests (cancelling() == 2); the task still receives one
# CancelledError, with the first message: the first call already cancelled the awaited Future.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker caught", e.args, "cancelling =", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("first cancel:", t.cancel("first"))
    print("second cancel:", t.cancel("second"))
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main caught", e.args)
    print("cancel after done:", t.cancel("third"))

asyncio.run(main())
