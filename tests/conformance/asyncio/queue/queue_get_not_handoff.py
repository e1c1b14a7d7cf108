# put() wakes the first waiting getter but does not hand it the item: a task that runs first
# can take it with get_nowait(); the woken getter finds the queue empty and queues again,
# behind the other getters.
import asyncio

async def getter(q, name):
    item = await q.get()
    print(f"{name} got {item}")

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    q.put_nowait("first")
    print("main steals:", q.get_nowait())
    await asyncio.sleep(0)
    q.put_nowait("second")
    await asyncio.sleep(0)
    q.put_nowait("third")
    await asyncio.gather(g1, g2)

asyncio.run(main())
