# Task steps are ordinary ready-queue callbacks: a task's first step and call_soon callbacks
# run in the order they were scheduled.
import asyncio

async def job(name):
    print(f"{name} step 1")
    await asyncio.sleep(0)
    print(f"{name} step 2")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    asyncio.create_task(job("task A"))
    loop.call_soon(print, "callback 2")
    asyncio.create_task(job("task B"))
    loop.call_soon(print, "callback 3")
    print("main suspends")
    await asyncio.sleep(0)
    print("main resumes")
    await asyncio.sleep(0)
    print("main resumes again")

asyncio.run(main())
