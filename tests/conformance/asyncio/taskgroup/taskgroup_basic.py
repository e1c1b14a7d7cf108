# TaskGroup: the async with block waits for every child; results are read from the tasks.
import asyncio

async def fetch(name, delay):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    print(f"{loop.time():.2f} {name} done")
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("one", 2))
        t2 = tg.create_task(fetch("two", 1))
        print("tasks created; the block ends here")
    print(f"{loop.time():.2f} block exited:", t1.result(), t2.result())

asyncio.run(main())
