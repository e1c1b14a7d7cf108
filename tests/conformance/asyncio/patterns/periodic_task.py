# A periodic job run every 5 s by a background task, cancelled after 20 s (tutorial scenario 4,
# with datetime.now() on the virtual clock).
import asyncio
from datetime import datetime

async def periodic_task(interval, callback):
    while True:
        await asyncio.sleep(interval)
        await callback()

async def job():
    print(f"[{datetime.now().strftime('%H:%M:%S')}] running the periodic job")

async def main():
    task = asyncio.create_task(periodic_task(5, job))
    await asyncio.sleep(20)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("periodic task cancelled")

asyncio.run(main())
