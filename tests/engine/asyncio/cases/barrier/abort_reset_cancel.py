# abort() breaks the waiters and later arrivals; reset() breaks the current waiters and lets
# the barrier fill again; a cancelled waiter leaves the count.
import asyncio

def st(b):
    return repr(b).split("[")[1][:-2]

async def waiter(name, b):
    try:
        idx = await b.wait()
        print(name, "passed with", idx)
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)
    except asyncio.CancelledError:
        print(name, "cancelled;", st(b))
        raise

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(waiter(n, b)) for n in ("w1", "w2")]
    await asyncio.sleep(0.1)
    print(st(b))
    await b.abort()
    await asyncio.gather(*ts)
    print(st(b), b.broken)
    await waiter("late", b)

    b = asyncio.Barrier(2)
    t = asyncio.create_task(waiter("r1", b))
    await asyncio.sleep(0.1)
    await b.reset()
    await t
    print("after reset:", st(b))
    ts = [asyncio.create_task(waiter(n, b)) for n in ("r2", "r3")]
    await asyncio.gather(*ts)

    b = asyncio.Barrier(2)
    c = asyncio.create_task(waiter("c1", b))
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("after cancel:", st(b))
    await asyncio.gather(waiter("c2", b), waiter("c3", b))

asyncio.run(main())
