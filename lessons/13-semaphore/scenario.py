# A Semaphore(2) lets at most two downloads run at the same time; the others
# wait for a free slot, first come first served.
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
    slots = asyncio.Semaphore(2)
    durations = [1.0, 0.5, 0.7, 0.3, 0.6, 0.4]
    tasks = [asyncio.create_task(download(s, slots), name=f"dl-{i}")
             for i, s in enumerate(durations, 1)]
    await asyncio.gather(*tasks)
    log("all downloads finished")


asyncio.run(main())
