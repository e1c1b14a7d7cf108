import asyncio
async def work(n, d):
    await asyncio.sleep(d)
    if n == 2:
        raise ValueError(n)
    return n
async def main():
    ts = [asyncio.create_task(work(i, 0.1 * (i + 1))) for i in range(4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(len(done), len(pending))
    try:
        await asyncio.wait([work(0, 0)])
    except TypeError as e:
        print(e)
asyncio.run(main())
