# Variant 2: no sentinel at all. Wait until the queue is processed with
# join(), then cancel the consumers - the pattern of the previous lesson.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def producer(queue):
    for i in range(4):
        await queue.put(i)
        log(f"produce {i}")
        await asyncio.sleep(0.1)


async def consumer(queue):
    while True:
        item = await queue.get()
        log(f"consume {item}")
        await asyncio.sleep(0.2)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(queue), name=f"consumer-{i}") for i in (1, 2)]
    await asyncio.create_task(producer(queue), name="producer")
    await queue.join()
    for c in consumers:
        c.cancel()
    log("all done")


asyncio.run(main())
