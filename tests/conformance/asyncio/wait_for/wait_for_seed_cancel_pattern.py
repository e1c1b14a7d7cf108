# The tutorial's pattern: wait_for on a task, then task.cancel() in the handler; the task was
# already cancelled by wait_for, so its handler printed first and cancel() returns False.
import asyncio

async def long_task():
    try:
        await asyncio.sleep(10)
        return "done"
    except asyncio.CancelledError:
        print("task was cancelled")
        raise

async def main():
    task = asyncio.create_task(long_task())
    try:
        await asyncio.wait_for(task, timeout=3)
    except asyncio.TimeoutError:
        print("timeout")
        print("task.cancel() ->", task.cancel())

asyncio.run(main())
