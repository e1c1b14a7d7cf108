import asyncio

async def fetch_data():
    print("获取数据")
    await asyncio.sleep(1)
    return {"data": "value"}

async def main():
    # ❌ 忘记 await,结果丢失
    fetch_data()  # 协程被创建但从未执行
    print("完成")
    
    # ✅ 正确
    result = await fetch_data()
    print(f"结果: {result}")

asyncio.run(main())
