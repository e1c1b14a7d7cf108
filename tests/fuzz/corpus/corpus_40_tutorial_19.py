import asyncio

async def risky_task():
    raise ValueError("任务失败")

async def main():
    # ❌ gather 默认会传播异常
    try:
        await asyncio.gather(
            risky_task(),
            asyncio.sleep(1),
        )
    except ValueError as e:
        print(f"捕获异常: {e}")
    
    # ✅ 使用 return_exceptions 捕获所有异常
    results = await asyncio.gather(
        risky_task(),
        asyncio.sleep(1),
        return_exceptions=True,
    )
    print(f"结果: {results}")  # [ValueError(...), None]

asyncio.run(main())
