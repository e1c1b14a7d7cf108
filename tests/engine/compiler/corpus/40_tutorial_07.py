import asyncio

# ❌ 普通锁在异步中无效
# lock = threading.Lock()  # 多线程锁

# ✅ 使用 asyncio.Lock
class AsyncCounter:
    def __init__(self):
        self.count = 0
        self.lock = asyncio.Lock()
    
    async def increment(self):
        async with self.lock:  # 保护临界区
            self.count += 1
            await asyncio.sleep(0.1)  # 模拟处理
            return self.count

async def main():
    counter = AsyncCounter()
    
    tasks = [counter.increment() for _ in range(10)]
    results = await asyncio.gather(*tasks)
    
    print(f"最终计数: {counter.count}")
    print(f"所有结果: {results}")

asyncio.run(main())  # 结果正确:10
