# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "@contextlib.asynccontextmanager". Unchanged.
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def async_timer(name):
    """异步计时器上下文管理器"""
    print(f"[{name}] 开始")
    start = asyncio.get_event_loop().time()
    
    try:
        yield name
    finally:
        elapsed = asyncio.get_event_loop().time() - start
        print(f"[{name}] 耗时 {elapsed:.2f}s")

async def main():
    async with async_timer("任务A"):
        await asyncio.sleep(1)
    
    async with async_timer("任务B"):
        await asyncio.sleep(0.5)

asyncio.run(main())
