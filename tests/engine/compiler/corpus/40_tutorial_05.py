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
