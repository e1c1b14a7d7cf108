# When a child fails, the group cancels the parent task once (cancelling() == 1 while it waits)
# and takes the cancellation back in __aexit__.
import asyncio

async def failing():
    await asyncio.sleep(1)
    raise ValueError("child failed")

async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(failing())
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("body interrupted; cancelling() =", me.cancelling())
                raise
    except* ValueError as eg:
        print(len(eg.exceptions), "errors; cancelling() now", me.cancelling())

asyncio.run(main())
