import asyncio
from datetime import datetime

async def periodic_task(interval, callback):
    """周期性执行任务"""
    while True:
        await asyncio.sleep(interval)
        await callback()

async def job():
    print(f"[{datetime.now().strftime('%H:%M:%S')}] 执行定时任务")

async def main():
    # 每 5 秒执行一次
    task = asyncio.create_task(periodic_task(5, job))
    
    # 运行 20 秒后取消
    await asyncio.sleep(20)
    task.cancel()
    
    try:
        await task
    except asyncio.CancelledError:
        print("定时任务已取消")

asyncio.run(main())
