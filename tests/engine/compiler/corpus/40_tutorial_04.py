import asyncio

# 异步上下文管理器需要实现 __aenter__ 和 __aexit__
class AsyncResource:
    def __init__(self, name):
        self.name = name
    
    async def __aenter__(self):
        print(f"获取资源: {self.name}")
        await asyncio.sleep(0.1)  # 模拟连接建立
        return self
    
    async def __aexit__(self, exc_type, exc_val, exc_tb):
        print(f"释放资源: {self.name}")
        await asyncio.sleep(0.1)  # 模拟清理
        return False  # 不抑制异常

async def main():
    async with AsyncResource("数据库连接") as resource:
        print(f"使用资源: {resource.name}")
        await asyncio.sleep(1)
    # 自动清理

asyncio.run(main())
# 输出:
# 获取资源: 数据库连接
# 使用资源: 数据库连接
# 释放资源: 数据库连接
