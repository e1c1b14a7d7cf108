# PriorityQueue returns the smallest item first (tuples compare element by element).
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        q.put_nowait(item)
    while not q.empty():
        print(await q.get())

asyncio.run(main())
