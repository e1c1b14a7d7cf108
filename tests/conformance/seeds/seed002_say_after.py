# Seed: shared/seeds/002_69f9d3f3cc3ab3b2.txt, "3 Task 与并发".
# Adapted: restored from the punctuation-stripped text (say_after(1, "hello"),
# say_after(2, "world")); the tutorial's stated output is "started waiting hello world done".
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print("started")
    task1 = asyncio.create_task(say_after(1, "hello"))  # 创建任务
    task2 = asyncio.create_task(say_after(2, "world"))
    print("waiting")
    await task1  # 等待任务完成
    await task2
    print("done")

asyncio.run(main())
