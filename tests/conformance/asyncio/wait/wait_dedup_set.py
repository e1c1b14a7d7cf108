# wait() takes a set of its arguments: duplicates count once.
import asyncio

async def job():
    await asyncio.sleep(1)
    return "x"

async def main():
    t = asyncio.create_task(job())
    done, pending = await asyncio.wait([t, t, t])
    print(len(done), len(pending))

asyncio.run(main())
