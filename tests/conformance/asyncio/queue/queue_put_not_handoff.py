# A woken putter retries put_nowait(): if another task filled the freed slot first, it waits
# again behind the other putters.
import asyncio

async def putter(q, item):
    await q.put(item)
    print(f"put {item} -> {list_items(q)}")

def list_items(q):
    items = []
    while not q.empty():
        items.append(q.get_nowait())
    for i in items:
        q.put_nowait(i)
    return items

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    p1 = asyncio.create_task(putter(q, "p1"))
    p2 = asyncio.create_task(putter(q, "p2"))
    await asyncio.sleep(0)
    print("main takes", q.get_nowait())
    q.put_nowait("sneaky")
    print("main refilled the slot before p1 ran")
    await asyncio.sleep(0)
    for _ in range(3):
        print("main takes", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(p1, p2)

asyncio.run(main())
