def fetch_user_sync(user_id):
    response = requests.get(f"/api/users/{user_id}")  # 阻塞等待
    return response.json()

# 同步执行 3 个请求
for user_id in [1, 2, 3]:
    result = fetch_user_sync(user_id)
    print(result)
# 总时间 = 3 × 单请求时间

# 异步代码:任务并发执行
async def fetch_user_async(session, user_id):
    async with session.get(f"/api/users/{user_id}") as response:
        return await response.json()

# 异步执行 3 个请求
async def main():
    async with aiohttp.ClientSession() as session:
        tasks = [fetch_user_async(session, uid) for uid in [1, 2, 3]]
        results = await asyncio.gather(*tasks)
        print(results)
# 总时间 ≈ 1 × 单请求时间
