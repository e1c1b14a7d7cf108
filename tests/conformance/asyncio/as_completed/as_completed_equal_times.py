# as_completed with five tasks that all finish at t=1: the order is the order the tasks
# finished, which follows the timer heap. (With coroutines instead of tasks, as_completed would
# create the tasks in set order, which depends on memory addresses: pass tasks.)
import asyncio

async def fetch_with_name(name):
    await asyncio.sleep(1)
    return name

async def main():
    tasks = [asyncio.create_task(fetch_with_name(name)) for name in ["A", "B", "C", "D", "E"]]
    for completed in asyncio.as_completed(tasks):
        result = await completed
        print(f"done: {result}")

asyncio.run(main())
