# Variant 3: two consumers share the queue. The items are spread over both,
# and the work is done in 3 seconds instead of 5.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def producer(queue):
    for item in range(1, 6):
        await queue.put(item)
        log(f"put {item}, queue size {queue.qsize()}")
    log("all items queued")


async def consumer(queue):
    while True:
        item = await queue.get()
        log(f"processing {item}")
        await asyncio.sleep(1)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(queue), name=f"consumer-{i}") for i in (1, 2)]
    await asyncio.create_task(producer(queue), name="producer")
    await queue.join()
    log("every item processed")
    for worker in workers:
        worker.cancel()


asyncio.run(main())
