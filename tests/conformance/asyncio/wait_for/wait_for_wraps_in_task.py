# In 3.11 wait_for wraps a coroutine in a new Task (it takes a Task-N name) and cancels it on
# timeout; a task passed in is cancelled too.
import asyncio

async def report(delay):
    print("running in", asyncio.current_task().get_name())
    await asyncio.sleep(delay)

async def main():
    await asyncio.wait_for(report(0.1), timeout=1)
    t = asyncio.create_task(report(5), name="explicit")
    try:
        await asyncio.wait_for(t, timeout=1)
    except TimeoutError:
        print("timed out; explicit task cancelled:", t.cancelled())

asyncio.run(main())
