# conformance: ignore-stderr
# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "异步队列 — 生产者/消费者". Unchanged: one None
# sentinel for two consumers, so the second consumer waits in queue.get() forever and gather
# never returns. CPython hangs (the oracle stops it with status 3); awaitlab reports the deadlock.
import asyncio

async def producer(queue):
    """生产者:生成数据"""
    for i in range(10):
        await queue.put(i)
        print(f"生产: {i}")
        await asyncio.sleep(0.1)
    await queue.put(None)  # 结束信号

async def consumer(queue, name):
    """消费者:处理数据"""
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f"[{name}] 消费: {item}")
        await asyncio.sleep(0.2)
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    
    # 启动多个消费者
    await asyncio.gather(
        producer(queue),
        consumer(queue, "消费者1"),
        consumer(queue, "消费者2"),
    )

asyncio.run(main())
