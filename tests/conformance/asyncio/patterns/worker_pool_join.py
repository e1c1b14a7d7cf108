# A fixed pool of workers draining a queue; join() then cancel the idle workers.
import asyncio

async def worker(name, queue, results):
    loop = asyncio.get_running_loop()
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(job["cost"])
            results.append((job["id"], name))
            print(f"{loop.time():.2f} {name} finished job {job['id']}")
        finally:
            queue.task_done()

async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    for i, cost in enumerate([0.5, 1.5, 0.5, 1.0, 0.25, 0.75]):
        queue.put_nowait({"id": i, "cost": cost})
    results = []
    workers = [asyncio.create_task(worker(f"worker-{n}", queue, results)) for n in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"{loop.time():.2f} all jobs done: {results}")

asyncio.run(main())
