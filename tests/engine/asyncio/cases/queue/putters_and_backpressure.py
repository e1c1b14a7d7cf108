# maxsize bounds the queue: putters wait FIFO; a get wakes the first putter; full/empty/qsize
# and the maxsize property; negative or zero maxsize is unbounded.
import asyncio

async def producer(name, q, items):
    for i in items:
        await q.put(f"{name}{i}")
        print(f"{name} put {name}{i} (qsize {q.qsize()})")

async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize, "full", q.full(), "empty", q.empty())
    p1 = asyncio.create_task(producer("a", q, range(3)))
    p2 = asyncio.create_task(producer("b", q, range(3)))
    await asyncio.sleep(0)
    print(str(q), q.full())
    while not (p1.done() and p2.done()) or not q.empty():
        item = await q.get()
        print("got", item, str(q))
        await asyncio.sleep(0)
    for m in (0, -1):
        u = asyncio.Queue(m)
        for i in range(5):
            u.put_nowait(i)
        print(m, u.full(), u.qsize(), str(u))

asyncio.run(main())
