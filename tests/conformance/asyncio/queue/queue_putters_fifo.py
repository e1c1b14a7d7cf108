# Putters blocked on a full queue are released in FIFO order as items are taken.
import asyncio

async def putter(q, item):
    await q.put(item)
    print(f"{item} entered the queue")

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    tasks = [asyncio.create_task(putter(q, f"p{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for _ in range(4):
        item = await q.get()
        print("got", item)
    await asyncio.gather(*tasks)

asyncio.run(main())
