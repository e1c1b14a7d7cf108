# Seed: shared/seeds/002_69f9d3f3cc3ab3b2.txt, "2 协程与 await".
# Adapted: the tutorial's text lost its punctuation and numbers; the program is restored with
# the 2-second sleep its output note ("约2秒后") describes.
import asyncio

async def fetch_data(url):
    print(f"开始获取{url}")
    await asyncio.sleep(2)  # 模拟 I/O 延迟
    print(f"获取完成{url}")
    return f"数据 from {url}"

async def main():
    data = await fetch_data("https://example.com")
    print(data)

asyncio.run(main())
