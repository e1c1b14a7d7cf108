# In 3.11 asyncio.create_task(coro, name=...) and TaskGroup.create_task(name=...) first create an
# unnamed task (taking a Task-N number) and then rename it; loop.create_task(name=...) and
# Task(name=...) take no number.
import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(noop()),
        asyncio.create_task(noop(), name="named-by-asyncio.create_task"),
        asyncio.create_task(noop()),
        loop.create_task(noop(), name="named-by-loop.create_task"),
        loop.create_task(noop()),
        asyncio.Task(noop(), name="named-by-Task()"),
        asyncio.Task(noop()),
    ]
    async with asyncio.TaskGroup() as tg:
        tasks.append(tg.create_task(noop(), name="named-by-TaskGroup"))
        tasks.append(tg.create_task(noop()))
    await asyncio.gather(*tasks)
    for t in tasks:
        print(t.get_name())

asyncio.run(main())
