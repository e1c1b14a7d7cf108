# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "调试技巧".
# Adapted: the tutorial only defines these helpers; here each is run once. raise_error() is
# defined (the tutorial never does); task.get_stack() is left out of debug_tasks (its frames
# print memory addresses); wait_all() is left out because called from a task it waits for
# itself (see seed000_debug_wait_all.py).
import asyncio

async def raise_error():
    raise RuntimeError("出错了")

# 1. 打印任务状态
async def debug_tasks():
    task = asyncio.create_task(asyncio.sleep(1))
    print(f"Task state: {task.get_name()} = {task.done()}")

# 3. 捕获未处理的协程异常
async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(lambda loop, context: print(f"异常: {context['message']} {context['exception']!r}"))
    
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
    await asyncio.sleep(0.25)
    
    elapsed = time.perf_counter() - start
    print(f"耗时: {elapsed:.3f}s")

asyncio.run(debug_tasks())
asyncio.run(main())
asyncio.run(log_current())
asyncio.run(profile_async())
