# Cancelling the task that runs a TaskGroup cancels the children and the CancelledError
# propagates (no ExceptionGroup). The children are cancelled in set order (memory addresses),
# so they only record it.
import asyncio

async def child(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name)
        raise

async def runner(log):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("x", log))
        tg.create_task(child("y", log))

async def main():
    log = []
    t = asyncio.create_task(runner(log))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled(), "children cancelled:", sorted(log))

asyncio.run(main())
