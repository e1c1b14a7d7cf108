# Variant 1: an unbounded queue (maxsize=0). The producer never waits: all
# five items are queued at 0.00 and wait in memory for the consumer.
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
    queue = asyncio.Queue()
    worker = asyncio.create_task(consumer(queue), name="consumer")
    await asyncio.create_task(producer(queue), name="producer")
    await queue.join()  # until task_done() was called for every item
    log("every item processed")
    worker.cancel()


asyncio.run(main())
