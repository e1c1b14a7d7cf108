# Variant 3: asyncio.Queue(maxsize=2) is this bounded buffer, ready-made:
# put() waits while the queue is full, get() while it is empty.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def producer(queue):
    for item in range(1, 6):
        await queue.put(item)
        log(f"put {item} (size {queue.qsize()})")


async def consumer(queue):
    for _ in range(5):
        item = await queue.get()
        log(f"got {item} (size {queue.qsize()})")
        await asyncio.sleep(1)


async def main():
    queue = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(consumer(queue), name="consumer")
        tg.create_task(producer(queue), name="producer")


asyncio.run(main())
