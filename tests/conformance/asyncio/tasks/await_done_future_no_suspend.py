# Awaiting a Future (or Task) that is already done does not suspend: the result comes back in
# the same step, so a task that is ready to run still waits its turn.
import asyncio

async def bystander():
    print("bystander runs")

async def quick():
    return "quick result"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(42)
    done_task = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done_task finished:", done_task.done())
    asyncio.create_task(bystander())
    print("await done future ->", await fut)
    print("await done task ->", await done_task)
    print("still the same step; bystander has not run")
    await asyncio.sleep(0)
    print("after a real suspension")

asyncio.run(main())
