# Task names come from one process-wide counter, Task-N, incremented only for unnamed tasks;
# asyncio.run's main task is Task-1 and gather wraps coroutines in new tasks.
import asyncio

async def noop():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="worker")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    names = await asyncio.gather(noop(), noop(), a)
    print("gather children:", names)
    d = asyncio.create_task(noop())
    print("next unnamed:", d.get_name())
    await asyncio.gather(b, c, d)

asyncio.run(main())
