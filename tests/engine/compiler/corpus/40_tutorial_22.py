import asyncio

# 1. 打印任务状态
async def debug_tasks():
    task = asyncio.create_task(asyncio.sleep(1))
    print(f"Task state: {task.get_name()} = {task.get_stack()}")

# 2. 所有任务完成后再退出
async def wait_all():
    pending = asyncio.all_tasks()
    await asyncio.gather(*pending, return_exceptions=True)

# 3. 捕获未处理的协程异常
async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(lambda loop, context: print(f"异常: {context}"))
    
    asyncio.create_task(asyncio.sleep(1))
    asyncio.create_task(raise_error())  # 会触发异常处理器

# 4. 使用 asyncio.current_task() 获取当前任务
async def log_current():
    task = asyncio.current_task()
    print(f"当前任务: {task.get_name()}")

# 5. 性能分析
async def profile_async():
    import time
    start = time.perf_counter()
    
    # ... 异步代码 ...
    
    elapsed = time.perf_counter() - start
    print(f"耗时: {elapsed:.3f}s")
