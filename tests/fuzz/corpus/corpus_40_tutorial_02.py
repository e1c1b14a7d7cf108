import asyncio

# 普通函数 → 协程函数
def sync_function():
    return "同步结果"

async def async_function():
    return "异步结果"

# 调用协程函数会返回协程对象,不会执行
coro = async_function()
print(coro)  # <coroutine object async_function at 0x...>

# 必须用 await 或 asyncio.run() 执行
async def main():
    result = await async_function()
    print(result)  # "异步结果"

asyncio.run(main())
