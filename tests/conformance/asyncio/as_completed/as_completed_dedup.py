# as_completed takes a set of its arguments, so a repeated task is yielded once.
import asyncio

async def job():
    await asyncio.sleep(1)
    return "only once"

async def main():
    t = asyncio.create_task(job())
    count = 0
    for completed in asyncio.as_completed([t, t]):
        print(await completed)
        count += 1
    print("iterations:", count)

asyncio.run(main())
