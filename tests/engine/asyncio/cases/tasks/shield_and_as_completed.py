import asyncio
async def work(n, d):
    await asyncio.sleep(d)
    print("work", n, "finished")
    return n
async def main():
    inner = asyncio.create_task(work("shielded", 1))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled?", inner.cancelled())
    print(await inner)
    for c in asyncio.as_completed([work(1, 0.3), work(2, 0.1), work(3, 0.2)]):
        print("as_completed ->", await c)
    try:
        for c in asyncio.as_completed([work(4, 5)], timeout=1):
            await c
    except TimeoutError:
        print("as_completed timed out at", asyncio.get_running_loop().time())
asyncio.run(main())
