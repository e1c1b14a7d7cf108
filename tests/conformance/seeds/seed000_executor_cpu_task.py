# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "混合使用示例".
# Adapted: the ProcessPoolExecutor (and multiprocessing) is replaced by the loop's default
# thread pool (run_in_executor(None, ...)); the results are the same.
import asyncio

def cpu_intensive_task(data):
    """CPU 密集型任务(必须在进程池中运行)"""
    # 复杂计算
    return sum(i * i for i in range(data))

async def main():
    loop = asyncio.get_event_loop()
    
    # 在线程池中运行 CPU 密集型任务
    tasks = [
        loop.run_in_executor(None, cpu_intensive_task, i)
        for i in range(10)
    ]
    
    # 异步等待所有任务完成
    results = await asyncio.gather(*tasks)
    print(results)

asyncio.run(main())
