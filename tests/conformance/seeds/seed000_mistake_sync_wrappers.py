# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "错误2:死锁 — 在同步代码中 await".
# Adapted: the invalid sync_function (a SyntaxError, see seed000_mistake_await_in_sync.py) is
# left out, the three wrappers get distinct names so each can be called, and the loops they
# create are closed.
import asyncio

# ✅ 正确:在异步函数中调用
async def async_caller():
    await asyncio.sleep(1)
    return "完成"

# 如果必须从同步代码调用异步函数
# 方案1:使用 asyncio.run
def wrapper1():
    return asyncio.run(async_caller())

# 方案2:使用 run_in_executor
def wrapper2():
    loop = asyncio.new_event_loop()
    return loop.run_until_complete(async_caller()), loop

# 方案3:在已有事件循环中调度
def wrapper3(loop):
    return loop.run_until_complete(async_caller())

print(wrapper1())
result, loop = wrapper2()
print(result)
print(wrapper3(loop))
loop.close()
