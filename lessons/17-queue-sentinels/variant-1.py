# Variant 1: one sentinel per consumer. Each consumer takes exactly one None
# and stops, and gather returns.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def producer(queue):
    for i in range(4):
        await queue.put(i)
        log(f"produce {i}")
        await asyncio.sleep(0.1)
    for _ in range(2):  # one end signal per consumer
        await queue.put(None)


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            log("got None, stopping")
            break
        log(f"consume {item}")
        await asyncio.sleep(0.2)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(
        asyncio.create_task(producer(queue), name="producer"),
        asyncio.create_task(consumer(queue), name="consumer-1"),
        asyncio.create_task(consumer(queue), name="consumer-2"),
    )
    log("all done")


asyncio.run(main())
