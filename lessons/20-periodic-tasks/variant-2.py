# Variant 2: a job slower than the interval, started as its own task on each
# tick. The ticks stay on time, but the runs overlap: two job lanes at once.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def job():
    log("job starts")
    await asyncio.sleep(1.5)
    log("job ends")


async def periodic(interval):
    jobs = []
    for n in range(1, 4):
        await asyncio.sleep(interval)
        jobs.append(asyncio.create_task(job(), name=f"job-{n}"))
    await asyncio.gather(*jobs)


async def main():
    await asyncio.create_task(periodic(1.0), name="periodic")
    log("all jobs done")


asyncio.run(main())
