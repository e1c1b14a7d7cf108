# Two consumers need two sentinels: each consumer stops at the first None it gets.
import asyncio

async def producer(queue):
    loop = asyncio.get_running_loop()
    for i in range(6):
        await queue.put(i)
        print(f"{loop.time():.2f} produced {i}")
        await asyncio.sleep(0.1)

async def consumer(queue, name):
    loop = asyncio.get_running_loop()
    while True:
        item = await queue.get()
        if item is None:
            print(f"{loop.time():.2f} [{name}] stops")
            queue.task_done()
            break
        print(f"{loop.time():.2f} [{name}] consumed {item}")
        await asyncio.sleep(0.25)
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(queue, f"consumer{i}")) for i in (1, 2)]
    await producer(queue)
    for _ in consumers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*consumers)
    print("all done")

asyncio.run(main())
