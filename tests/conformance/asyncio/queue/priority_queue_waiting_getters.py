# Getters waiting on a PriorityQueue are woken FIFO, and each takes the smallest item present
# when it runs.
import asyncio

async def getter(q, name):
    item = await q.get()
    print(f"{name} got {item}")

async def main():
    q = asyncio.PriorityQueue()
    tasks = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for item in (30, 10, 20):
        q.put_nowait(item)
    await asyncio.gather(*tasks)

asyncio.run(main())
