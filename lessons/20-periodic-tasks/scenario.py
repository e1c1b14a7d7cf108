# Tutorial 000's periodic task: sleep(interval), run the job, repeat. The job
# itself takes time, so the runs drift later and later.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def job():
    log("job starts")
    await asyncio.sleep(0.3)  # the job's own work


async def periodic(interval):
    while True:
        await asyncio.sleep(interval)
        await job()


async def main():
    task = asyncio.create_task(periodic(1.0), name="periodic")
    await asyncio.sleep(4.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("periodic task cancelled")


asyncio.run(main())
