import asyncio

# ❌ 在已有事件循环的线程中创建新循环
import threading

def thread_task():
    loop = asyncio.new_event_loop()  # 创建新循环
    asyncio.set_event_loop(loop)    # 设置为主循环
    loop.run_until_complete(coro())
    loop.close()

# 主线程可能已经有事件循环,导致冲突

# ✅ 正确:在新线程中运行
def run_in_thread():
    asyncio.run(coro())  # asyncio.run 会创建新循环

# ✅ 或使用 get_running_loop
async def run_in_existing():
    loop = asyncio.get_running_loop()
    # 在已有循环中调度任务
