import asyncio
import time

async def task_a():
    await asyncio.sleep(2)
    return "A 完成"

async def task_b():
    await asyncio.sleep(1)
    return "B 完成"

async def main():
    # ❌ 串行执行
    # result_a = await task_a()  # 等待 2 秒
    # result_b = await task_b()  # 再等 1 秒
    # 总时间 = 3 秒
    
    # ✅ 并发执行
    task1 = asyncio.create_task(task_a())  # 立即开始
    task2 = asyncio.create_task(task_b())  # 立即开始
    
    # 同时等待两个任务
    result_a, result_b = await asyncio.gather(task1, task2)
    print(result_a, result_b)
    # 总时间 ≈ 2 秒(最长任务的时间)

start = time.time()
asyncio.run(main())
print(f"总耗时: {time.time() - start:.2f}s")
