# create_task on a TaskGroup that has finished is a RuntimeError.
import asyncio

async def noop():
    return 0

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(noop())
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is finished")[0].split(" ")[0], "... is finished")
    coro.close()

asyncio.run(main())
