# conformance: ignore-stderr
# join() waits for one task_done() per item; a consumer that forgets task_done() leaves join()
# waiting forever once the queue is drained.
import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        print("processed", item)

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    asyncio.create_task(consumer(q))
    await q.join()
    print("never printed")

asyncio.run(main())
