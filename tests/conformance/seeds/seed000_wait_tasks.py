# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "asyncio.wait() — 条件等待".
# Adapted to run on 3.11: the coroutines are wrapped in create_task; `done` is a set whose order
# depends on memory addresses, so it is iterated sorted by result; with_timeout_control() is
# called too (the tutorial defines it but never runs it).
import asyncio

async def long_task(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} 完成"

async def main():
    # wait_until_complete:等待所有任务完成
    done, pending = await asyncio.wait([
        asyncio.create_task(long_task("A", 3)),
        asyncio.create_task(long_task("B", 1)),
        asyncio.create_task(long_task("C", 2)),
    ])
    
    for task in sorted(done, key=lambda t: t.result()):
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
        asyncio.create_task(long_task("A", 3)),
        asyncio.create_task(long_task("B", 1)),
    ], return_when=asyncio.FIRST_COMPLETED)
    
    for task in first_done:
        print(f"最快完成: {task.result()}")

asyncio.run(main())
asyncio.run(with_timeout_control())
