# A getter cancelled while waiting leaves the queue; an item put later goes to the next getter.
import asyncio

async def getter(q, name):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.sleep(0)
    q.put_nowait("item-1")
    q.put_nowait("item-2")
    await asyncio.gather(*tasks, return_exceptions=True)

asyncio.run(main())
