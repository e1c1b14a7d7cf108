import asyncio
async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("slow cancelled at", asyncio.get_running_loop().time())
        raise
async def main():
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), 1)
    except TimeoutError as e:
        print("timeout", type(e.__cause__).__name__, asyncio.get_running_loop().time())
    print(await asyncio.wait_for(asyncio.sleep(0.5, "ok"), 1))
    try:
        async with asyncio.timeout(0.5) as cm:
            await slow()
    except TimeoutError:
        print("timeout() expired", cm.expired(), asyncio.current_task().cancelling())
asyncio.run(main())
