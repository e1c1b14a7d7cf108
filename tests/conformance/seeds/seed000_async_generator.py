# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "async generator — 异步生成器". Unchanged.
import asyncio

async def async_range(start, end, delay=0.1):
    """异步生成器"""
    for i in range(start, end):
        await asyncio.sleep(delay)
        yield i

async def main():
    # 使用 async for 遍历
    async for i in async_range(0, 5):
        print(f"异步生成: {i}")
    
    # 收集为列表
    items = [x async for x in async_range(0, 3)]
    print(f"收集结果: {items}")

asyncio.run(main())
