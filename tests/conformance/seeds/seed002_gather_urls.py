# Seed: shared/seeds/002_69f9d3f3cc3ab3b2.txt, "4 批量任务 gather / as_completed".
# Adapted: restored from the punctuation-stripped text with the fetch_data of section 2 and
# url1..url3.
import asyncio

async def fetch_data(url):
    print(f"开始获取{url}")
    await asyncio.sleep(2)  # 模拟 I/O 延迟
    print(f"获取完成{url}")
    return f"数据 from {url}"

async def main():
    results = await asyncio.gather(fetch_data("url1"), fetch_data("url2"), fetch_data("url3"))
    print(results)  # [数据 from url1, 数据 from url2, 数据 from url3]

asyncio.run(main())
