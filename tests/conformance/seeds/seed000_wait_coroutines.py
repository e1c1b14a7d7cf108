# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "asyncio.wait() — 条件等待". Unchanged: the
# tutorial passes coroutines to asyncio.wait, which Python 3.11 rejects with a TypeError.
import asyncio

async def long_task(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} 完成"

async def main():
    # wait_until_complete:等待所有任务完成
    done, pending = await asyncio.wait([
        long_task("A", 3),
        long_task("B", 1),
        long_task("C", 2),
    ])
    
    for task in done:
        print(f"完成: {task.result()}")
    
    # wait_for:超时控制
    try:
        result = await asyncio.wait_for(long_task("D", 10), timeout=3)
        print(result)
    except asyncio.TimeoutError:
        print("任务超时!")

# wait 常用参数
async def with_timeout_control():
    # wait_first:返回第一个完成的任务
    first_done, _ = await asyncio.wait([
        long_task("A", 3),
        long_task("B", 1),
    ], return_when=asyncio.FIRST_COMPLETED)
    
    for task in first_done:
        print(f"最快完成: {task.result()}")

asyncio.run(main())
