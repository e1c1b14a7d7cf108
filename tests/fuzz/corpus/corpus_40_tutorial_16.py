import asyncio
from concurrent.futures import ProcessPoolExecutor
import multiprocessing

def cpu_intensive_task(data):
    """CPU 密集型任务(必须在进程池中运行)"""
    # 复杂计算
    return sum(i * i for i in range(data))

async def main():
    loop = asyncio.get_event_loop()
    
    # 创建进程池
    with ProcessPoolExecutor(max_workers=4) as pool:
        # 在进程池中运行 CPU 密集型任务
        tasks = [
            loop.run_in_executor(pool, cpu_intensive_task, i)
            for i in range(10)
        ]
        
        # 异步等待所有进程完成
        results = await asyncio.gather(*tasks)
        print(results)

asyncio.run(main())
