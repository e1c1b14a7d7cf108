# maxsize <= 0 means unbounded: full() is never True.
import asyncio

async def main():
    for size in (0, -1):
        q = asyncio.Queue(maxsize=size)
        for i in range(1000):
            q.put_nowait(i)
        print(size, "qsize", q.qsize(), "full", q.full())

asyncio.run(main())
