# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "错误2:死锁 — 在同步代码中 await". Unchanged:
# the file does not compile ('await' outside async function), exactly as the comment warns.
import asyncio

def sync_function():
    # ❌ 同步函数中不能使用 await
    result = await asyncio.sleep(1)  # SyntaxError!
    return result

# ✅ 正确:在异步函数中调用
async def async_caller():
    await asyncio.sleep(1)
    return "完成"

# 如果必须从同步代码调用异步函数
# 方案1:使用 asyncio.run
def wrapper():
    return asyncio.run(async_caller())
