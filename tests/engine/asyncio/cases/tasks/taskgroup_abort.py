import asyncio
async def ok(n):
    try:
        await asyncio.sleep(n)
        print("ok", n)
    except asyncio.CancelledError:
        print("ok", n, "cancelled")
        raise
async def bad():
    await asyncio.sleep(0.5)
    raise RuntimeError("bad")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.2))
            tg.create_task(ok(1))
            tg.create_task(bad())
            print("body done")
    except* RuntimeError as eg:
        print("caught", eg.exceptions)
    print(asyncio.current_task().cancelling())
asyncio.run(main())
