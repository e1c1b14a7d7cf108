# An ExceptionGroup from a TaskGroup that nobody catches is printed with its boxes.
import asyncio

async def job(n):
    await asyncio.sleep(n)
    if n > 1:
        raise ValueError(f"job {n} failed")

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2, 2):
            tg.create_task(job(n))

asyncio.run(main())
