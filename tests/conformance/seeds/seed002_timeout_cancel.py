# Seed: shared/seeds/002_69f9d3f3cc3ab3b2.txt, "案例3 超时 / 取消 / 异常处理".
# Adapted: restored from the punctuation-stripped text (sleep(10), timeout=3). The tutorial
# says the output is "超时 任务被取消"; in fact wait_for cancels the task and waits for it
# before raising, so "任务被取消" comes first.
import asyncio

async def long_task():
    try:
        await asyncio.sleep(10)
        return "完成"
    except asyncio.CancelledError:
        print("任务被取消")
        raise

async def main():
    task = asyncio.create_task(long_task())
    try:
        result = await asyncio.wait_for(task, timeout=3)  # 超时3秒
    except asyncio.TimeoutError:
        print("超时")
        task.cancel()  # 取消任务

asyncio.run(main())
