# Variant 1: Semaphore(1) is a lock: one download at a time, 3.5 s in total.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def download(seconds, slots):
    if slots.locked():
        log("waiting for a slot")
    async with slots:
        log("start")
        await asyncio.sleep(seconds)
        log("done")


async def main():
    slots = asyncio.Semaphore(1)
    durations = [1.0, 0.5, 0.7, 0.3, 0.6, 0.4]
    tasks = [asyncio.create_task(download(s, slots), name=f"dl-{i}")
             for i, s in enumerate(durations, 1)]
    await asyncio.gather(*tasks)
    log("all downloads finished")


asyncio.run(main())
