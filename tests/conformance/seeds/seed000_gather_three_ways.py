# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "asyncio.gather() — 批量收集结果".
# Adapted: defined raise_error(), which the tutorial calls but never defines; as_completed gets
# tasks instead of coroutines, because with coroutines it creates the tasks in set order
# (memory addresses) and three equal 1-second sleeps would finish in an address-dependent order.
import asyncio

async def raise_error():
    raise RuntimeError("请求失败")

async def fetch(url):
    await asyncio.sleep(1)
    return f"完成: {url}"

async def main():
    # 方案1:gather 收集结果
    results = await asyncio.gather(
        fetch("https://a.com"),
        fetch("https://b.com"),
        fetch("https://c.com"),
    )
    print(results)  # ['完成: https://a.com', '完成: https://b.com', '完成: https://c.com']
    
    # 方案2:gather 返回异常(不抛异常)
    results = await asyncio.gather(
        fetch("https://a.com"),
        fetch("https://b.com"),
        raise_error(),  # 会抛异常的协程
        return_exceptions=True  # 捕获异常作为返回值
    )
    print(results)  # ['完成: https://a.com', '完成: https://b.com', RuntimeError(...)]
    
    # 方案3:as_completed 逐个处理结果
    async def fetch_with_name(name):
        await asyncio.sleep(1)
        return name
    
    tasks = [asyncio.create_task(fetch_with_name(name)) for name in ["A", "B", "C"]]
    
    for completed in asyncio.as_completed(tasks):
        result = await completed
        print(f"完成: {result}")

asyncio.run(main())
