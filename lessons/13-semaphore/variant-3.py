# Variant 3: acquire() and release() by hand, and dl-2 fails in between.
# Its slot is never given back: from 0.50 on only one download runs at a
# time. async with releases the slot even when the body raises.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def download(seconds, slots):
    await slots.acquire()
    log("start")
    await asyncio.sleep(seconds)
    if seconds == 0.5:
        raise ConnectionError("connection reset")
    log("done")
    slots.release()


async def main():
    slots = asyncio.Semaphore(2)
    durations = [1.0, 0.5, 0.7, 0.3, 0.6, 0.4]
    tasks = [asyncio.create_task(download(s, slots), name=f"dl-{i}")
             for i, s in enumerate(durations, 1)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    log(f"all downloads finished: {results.count(None)} ok")


asyncio.run(main())
