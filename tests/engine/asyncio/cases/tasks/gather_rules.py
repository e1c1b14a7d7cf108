import asyncio
async def work(n, d, fail=False):
    await asyncio.sleep(d)
    print("work", n, "done")
    if fail:
        raise ValueError(n)
    return n
async def main():
    c = work(1, 0.3)
    print(await asyncio.gather(work(0, 0.5), c, work(2, 0.1)))
    t = asyncio.create_task(work(3, 0.1))
    print(await asyncio.gather(t, t, work(4, 0.2)))
    try:
        await asyncio.gather(work(5, 0.2, True), work(6, 0.4))
    except ValueError as e:
        print("first exception", e)
    await asyncio.sleep(0.5)
    print(await asyncio.gather(work(7, 0.1, True), work(8, 0.2), return_exceptions=True))
    g = asyncio.gather(work(9, 1), work(10, 1))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
asyncio.run(main())
