# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "错误1:协程未执行".
# Adapted: print(result) shows a memory address, so the type is printed instead. The global
# coroutine that never runs is reported at shutdown.
import asyncio

# ❌ 常见错误:协程对象创建后未执行
async def my_coro():
    return "结果"

result = my_coro()  # 创建协程对象,但没有执行
print(type(result))  # <class 'coroutine'>

# ✅ 正确做法
async def main():
    result = await my_coro()
    print(result)

asyncio.run(main())

# 或使用 ensure_future
async def main():
    task = asyncio.create_task(my_coro())
    result = await task
    print(result)

asyncio.run(main())
