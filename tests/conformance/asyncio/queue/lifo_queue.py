# LifoQueue returns the most recently added item first.
import asyncio

async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await q.put(i)
    print("full:", q.full())
    print([q.get_nowait() for _ in range(3)])
    await q.put("x")
    await q.put("y")
    print(await q.get(), await q.get())

asyncio.run(main())
