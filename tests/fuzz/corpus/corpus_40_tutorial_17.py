async def my_coro():
    return "结果"

result = my_coro()  # 创建协程对象,但没有执行
print(result)  # <coroutine object ...>

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
