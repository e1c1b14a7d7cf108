# Variant 2: the consumer forgets task_done(). join() waits for a count that
# never reaches zero: once the consumer is idle, nothing can ever run again.
# conformance: ignore-stderr
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


async def main():
    queue = asyncio.Queue(maxsize=2)
    worker = asyncio.create_task(consumer(queue), name="consumer")
    await asyncio.create_task(producer(queue), name="producer")
    await queue.join()
    log("every item processed")
    worker.cancel()


asyncio.run(main())
