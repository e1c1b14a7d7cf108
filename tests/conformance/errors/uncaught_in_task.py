# An exception in a task, re-raised when the task is awaited.
import asyncio
async def worker(name, fail_after):
    for i in range(3):
        await asyncio.sleep(1)
        print(f"{name} step {i}")
        if i == fail_after:
            raise RuntimeError(f"{name} crashed at step {i}")
async def main():
    good = asyncio.create_task(worker("good", 99))
    bad = asyncio.create_task(worker("bad", 1))
    await good
    await bad
asyncio.run(main())
