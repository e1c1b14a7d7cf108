import asyncio

# 场景:限制同时下载数量为 3
async def download(url, semaphore):
    async with semaphore:
        print(f"开始下载: {url}")
        await asyncio.sleep(2)  # 模拟下载
        print(f"完成下载: {url}")
        return url

async def main():
    semaphore = asyncio.Semaphore(3)  # 最多同时 3 个任务
    
    urls = [f"https://example.com/file{i}" for i in range(10)]
    
    tasks = [download(url, semaphore) for url in urls]
    await asyncio.gather(*tasks)

asyncio.run(main())
