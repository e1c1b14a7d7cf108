# The tutorial's TaskGroup: worker(2) fails, so the group cancels worker(3) and raises an
# ExceptionGroup, handled with except*.
import asyncio

async def worker(delay):
    print(f"Worker starting, will sleep for {delay}s")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"Worker with delay {delay} was cancelled")
        raise
    if delay == 2:
        raise ValueError("Something went wrong in worker 2")
    print(f"Worker with delay {delay} finished")
    return f"Result from {delay}s"

async def main():
    print("Starting main with TaskGroup...")
    try:
        async with asyncio.TaskGroup() as tg:
            task1 = tg.create_task(worker(1))
            task2 = tg.create_task(worker(2))
            task3 = tg.create_task(worker(3))
            print("Tasks created in the group.")
        print("All tasks completed successfully.")
    except* ValueError as eg:
        print(f"Caught an exception group with {len(eg.exceptions)} exceptions.")
        for exc in eg.exceptions:
            print(f" - {exc}")
    print("task1:", task1.result(), "| task3 cancelled:", task3.cancelled())
    print(f"Main function finished at {asyncio.get_running_loop().time():.2f}.")

asyncio.run(main())
