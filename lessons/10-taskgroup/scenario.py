# A TaskGroup waits for all its tasks. When one fails, it cancels the others
# and raises an ExceptionGroup; except* picks out the errors by type.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker(delay):
    log(f"sleeping {delay}s")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log("cancelled")
        raise
    if delay == 2:
        raise ValueError("something went wrong in worker 2")
    log("finished")
    return f"result from {delay}s"


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for delay in (1, 2, 3):
                tg.create_task(worker(delay), name=f"worker-{delay}")
            log("tasks created")
        log("all tasks completed successfully")
    except* ValueError as eg:
        log(f"caught {len(eg.exceptions)} error(s): {eg.exceptions}")
    log("main ends")


asyncio.run(main())
