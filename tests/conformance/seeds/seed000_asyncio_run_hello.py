# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "asyncio.run() — 程序入口". Unchanged.
import asyncio

# asyncio.run() 是 asyncio 程序的入口点
# 它会创建事件循环,运行协程,然后关闭循环

async def hello():
    print("Hello")
    await asyncio.sleep(1)  # 模拟异步等待
    print("World")

# 推荐写法
asyncio.run(hello())

# ❌ 不要这样做:混用事件循环
# asyncio.get_event_loop().run_until_complete(hello())
