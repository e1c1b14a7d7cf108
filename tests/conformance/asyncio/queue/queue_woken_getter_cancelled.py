# A getter that was woken by put and then cancelled before it ran wakes the next getter, so the
# item is not stranded.
import asyncio

async def getter(q, name):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled after being woken")
        raise

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print("queue empty:", q.empty())

asyncio.run(main())
