# Variant 1: two workers fail at the same moment with different errors.
# Both end up in one ExceptionGroup; each except* clause handles its kind.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker(delay, error=None):
    log(f"sleeping {delay}s")
    await asyncio.sleep(delay)
    if error:
        raise error
    log("finished")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1), name="worker-1")
            tg.create_task(worker(2, ValueError("bad value")), name="worker-2")
            tg.create_task(worker(2, KeyError("missing")), name="worker-3")
    except* ValueError as eg:
        log(f"ValueError part: {eg.exceptions}")
    except* KeyError as eg:
        log(f"KeyError part: {eg.exceptions}")
    log("main ends")


asyncio.run(main())
