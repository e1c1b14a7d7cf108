# Semaphore(3) lets at most three downloads run at once; the rest start as slots free up.
import asyncio

async def download(url, semaphore):
    loop = asyncio.get_running_loop()
    async with semaphore:
        print(f"{loop.time():.2f} start {url}")
        await asyncio.sleep(2)
        print(f"{loop.time():.2f} done  {url}")
        return url

async def main():
    semaphore = asyncio.Semaphore(3)
    urls = [f"https://example.com/file{i}" for i in range(7)]
    results = await asyncio.gather(*(download(u, semaphore) for u in urls))
    print(len(results), "downloads")

asyncio.run(main())
