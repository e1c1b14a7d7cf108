import asyncio

async def bad_resource_management():
    # ❌ 每次请求都创建新 session,用完不关闭
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return await resp.json()
    # 如果上面抛异常,session 不会被清理

# ✅ 使用 try/finally 确保清理
async def good_resource_management(url):
    session = aiohttp.ClientSession()
    try:
        async with session.get(url) as resp:
            return await resp.json()
    finally:
        await session.close()

# ✅ 或使用上下文管理器(更简洁)
async def best_resource_management(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return await resp.json()
