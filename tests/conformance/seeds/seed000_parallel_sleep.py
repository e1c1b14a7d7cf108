# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "asyncio.sleep() vs time.sleep()". Unchanged.
import asyncio
import time

async def demo():
    # ❌ time.sleep() 会阻塞整个线程
    # await time.sleep(1)  # 不支持!
    
    # ✅ asyncio.sleep() 暂停协程,不阻塞事件循环
    print("开始等待...")
    await asyncio.sleep(2)
    print("等待结束")

# 对比:两个任务各等待 2 秒
async def parallel_sleep():
    start = time.time()
    
    # 串行:2 + 2 = 4 秒
    # await asyncio.sleep(2)
    # await asyncio.sleep(2)
    
    # 并行:max(2, 2) = 2 秒
    await asyncio.gather(
        asyncio.sleep(2),
        asyncio.sleep(2),
    )
    
    print(f"并行等待耗时: {time.time() - start:.2f}s")

asyncio.run(parallel_sleep())
