# Variant 3: a TaskGroup instead of gather.
# Here the failure DOES cancel the sibling c, and the error arrives wrapped
# in an ExceptionGroup once every task has finished.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def job(delay, fail=False):
    log("start")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log("cancelled")
        raise
    if fail:
        log("raising ValueError")
        raise ValueError("job b failed")
    log("finished")
    return "ok"


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1), name="a")
            tg.create_task(job(2, fail=True), name="b")
            c = tg.create_task(job(3), name="c")
    except* ValueError as eg:
        log(f"TaskGroup raised {eg!r}")
    log(f"is c cancelled? {c.cancelled()}")


asyncio.run(main())
