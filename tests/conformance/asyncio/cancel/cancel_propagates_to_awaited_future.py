# Cancelling a task that waits on a Future cancels that Future.
import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter cancelled; its future cancelled:", fut.cancelled())
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("future done-callback, cancelled =", f.cancelled()))
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled())

asyncio.run(main())
