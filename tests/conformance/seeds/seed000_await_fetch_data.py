# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "await 的作用". Unchanged (the tutorial's
# comment says "1秒后" for a 2-second sleep).
import asyncio

async def fetch_data():
    print("开始获取数据...")
    await asyncio.sleep(2)  # 模拟 I/O 等待(不阻塞其他协程)
    return {"data": "result"}

async def process():
    # await 暂停当前协程,等待 fetch_data 完成
    result = await fetch_data()
    print(f"获取到: {result}")

async def main():
    await process()

asyncio.run(main())
# 输出:
# 开始获取数据...
# (1秒后)
# 获取到: {'data': 'result'}
