# A getter woken by put_nowait and cancelled before it runs passes the wake-up to the next
# getter; a cancelled putter likewise passes a free slot on.
import asyncio

async def getter(name, q):
    try:
        print(name, "got", await q.get())
    except asyncio.CancelledError:
        print(name, "cancelled;", str(q))
        raise

async def putter(name, q, item):
    try:
        await q.put(item)
        print(name, "put", item)
    except asyncio.CancelledError:
        print(name, "cancelled;", str(q))
        raise

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(0)
    q.put_nowait("x")   # wakes g1
    g1.cancel()         # woken then cancelled: g2 is woken instead
    await asyncio.gather(g1, g2, return_exceptions=True)

    g3 = asyncio.create_task(getter("g3", q))
    await asyncio.sleep(0)
    g3.cancel()
    await asyncio.gather(g3, return_exceptions=True)
    print(str(q))

    b = asyncio.Queue(1)
    b.put_nowait("full")
    p1 = asyncio.create_task(putter("p1", b, 1))
    p2 = asyncio.create_task(putter("p2", b, 2))
    await asyncio.sleep(0)
    print(str(b))
    print("got", b.get_nowait())   # wakes p1
    p1.cancel()                    # p1 passes the slot to p2
    await asyncio.gather(p1, p2, return_exceptions=True)
    print(str(b))

asyncio.run(main())
