# A task created in main's last step still gets its first step: main's completion stops the
# loop through a done-callback, which is queued behind the new task's first step. Only then
# does asyncio.run cancel the leftover, at its first suspension.
import asyncio

async def late():
    print("late task: first step runs")
    try:
        await asyncio.sleep(1)
        print("late task: not printed")
    except asyncio.CancelledError:
        print("late task: cancelled by asyncio.run")
        raise

async def main():
    asyncio.create_task(late())
    print("main created a task and returns")

asyncio.run(main())
print("done")
