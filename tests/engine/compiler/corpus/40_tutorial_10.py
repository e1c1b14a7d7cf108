import asyncio

class AsyncCounter:
    """异步迭代器"""
    def __init__(self, limit):
        self.limit = limit
        self.current = 0
    
    def __aiter__(self):
        return self
    
    async def __anext__(self):
        if self.current >= self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        value = self.current
        self.current += 1
        return value

async def main():
    async for i in AsyncCounter(5):
        print(f"计数: {i}")

asyncio.run(main())
