# Queue is FIFO; qsize/empty/full/maxsize and its str() show the state.
import asyncio

async def main():
    q = asyncio.Queue()
    for item in ("a", "b", "c"):
        await q.put(item)
    print(str(q))
    print("qsize", q.qsize(), "empty", q.empty(), "full", q.full(), "maxsize", q.maxsize)
    print(await q.get(), await q.get())
    print(str(q))
    q.task_done()
    print(str(q))

asyncio.run(main())
