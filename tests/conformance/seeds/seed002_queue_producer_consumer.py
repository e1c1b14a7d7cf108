# Seed: shared/seeds/002_69f9d3f3cc3ab3b2.txt, "案例2 生产者-消费者模式(队列 + 限流)".
# Adapted: the numbers were stripped from the tutorial's text, so the restored values are
# range(5), randint(1, 100), sleeps of 0.5 s and 1 s and Queue(maxsize=2); random.seed(2026) makes
# the items fixed (the engine's random reproduces CPython's sequence).
import asyncio
import random

random.seed(2026)

async def producer(queue):
    for i in range(5):
        item = random.randint(1, 100)
        await queue.put(item)
        print(f"生产: {item}")
        await asyncio.sleep(0.5)

async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:  # 哨兵值结束
            break
        print(f"消费: {item}")
        await asyncio.sleep(1)
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)  # 限流
    prod = asyncio.create_task(producer(queue))
    cons = asyncio.create_task(consumer(queue))
    await prod
    await queue.put(None)  # 结束消费者
    await cons

asyncio.run(main())
