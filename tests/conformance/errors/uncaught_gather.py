# gather propagates the first exception; the traceback passes through the task.
import asyncio
async def job(n):
    await asyncio.sleep(n)
    if n == 2:
        raise ValueError(f"job {n} got bad input")
    print(f"job {n} done")
    return n
async def main():
    results = await asyncio.gather(job(1), job(2), job(3))
    print(results)
asyncio.run(main())
