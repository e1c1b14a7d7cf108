# Variant 2: no semaphore. All six start at once and finish by 1.00 - fast,
# unless the server on the other end refuses six connections at a time.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def download(seconds):
    log("start")
    await asyncio.sleep(seconds)
    log("done")


async def main():
    durations = [1.0, 0.5, 0.7, 0.3, 0.6, 0.4]
    tasks = [asyncio.create_task(download(s), name=f"dl-{i}")
             for i, s in enumerate(durations, 1)]
    await asyncio.gather(*tasks)
    log("all downloads finished")


asyncio.run(main())
