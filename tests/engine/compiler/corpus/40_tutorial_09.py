import asyncio

class AsyncBuffer:
    def __init__(self, max_size=3):
        self.buffer = []
        self.max_size = max_size
        self.condition = asyncio.Condition()
    
    async def produce(self, item):
        async with self.condition:
            while len(self.buffer) >= self.max_size:
                await self.condition.wait()  # 等待缓冲区不满
            self.buffer.append(item)
            print(f"生产: {item}")
            self.condition.notify_all()  # 通知消费者
    
    async def consume(self):
        async with self.condition:
            while len(self.buffer) == 0:
                await self.condition.wait()  # 等待有数据
            item = self.buffer.pop(0)
            print(f"消费: {item}")
            self.condition.notify_all()  # 通知生产者
            return item

async def main():
    buffer = AsyncBuffer()
    
    producers = [buffer.produce(i) for i in range(6)]
    consumers = [buffer.consume() for _ in range(6)]
    
    await asyncio.gather(*producers, *consumers)

asyncio.run(main())
