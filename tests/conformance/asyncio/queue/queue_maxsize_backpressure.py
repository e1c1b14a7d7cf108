# A bounded queue makes a fast producer wait for a slow consumer.
import asyncio

async def producer(q):
    loop = asyncio.get_running_loop()
    for i in range(5):
        await q.put(i)
        print(f"{loop.time():.2f} produced {i} (qsize {q.qsize()})")
    await q.put(None)

async def consumer(q):
    loop = asyncio.get_running_loop()
    while True:
        item = await q.get()
        if item is None:
            break
        print(f"{loop.time():.2f} consuming {item}")
        await asyncio.sleep(1)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
