import asyncio
async def never():
    print("never runs")
async def sleeper():
    try:
        print("sleeper sleeps")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("sleeper cancelled", e.args)
        raise
async def busy():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    await fut
    print("busy: awaiting a done future does not deliver the cancel")
    await asyncio.sleep(0)
    print("not reached")
async def main():
    t1 = asyncio.create_task(never())
    t1.cancel()
    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t2.cancel("stop"), t2.cancelling())
    t3 = asyncio.create_task(busy())
    await asyncio.sleep(0)
    for t in (t1, t2, t3):
        try:
            await t
        except asyncio.CancelledError as e:
            print(t.get_name(), "cancelled", e.args, t.cancelled())
    t3b = asyncio.create_task(busy())
    await asyncio.sleep(0) if False else None
    t3b.cancel()
    try:
        await t3b
    except asyncio.CancelledError:
        print("t3b cancelled before first step:", t3b.cancelled())
asyncio.run(main())
