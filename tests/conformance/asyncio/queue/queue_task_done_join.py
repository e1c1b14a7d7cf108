# join() waits until task_done() was called once for every item put.
import asyncio

async def worker(name, q):
    loop = asyncio.get_running_loop()
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f"{loop.time():.2f} {name} finished item {item}")
        q.task_done()

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    for item in (1, 3, 2, 1, 2):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print(f"{loop.time():.2f} join returned; unfinished = 0")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", [w.cancelled() for w in workers])

asyncio.run(main())
