# Variant 3: the tutorial prints the wall-clock time. datetime.now() reads the
# same virtual clock as the event loop, starting at 2026-01-01 00:00:00 UTC.
import asyncio
from datetime import datetime


async def job():
    print(f"[{datetime.now().strftime('%H:%M:%S.%f')[:-4]}] job starts")
    await asyncio.sleep(0.3)


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
        print("periodic task cancelled")


asyncio.run(main())
