# Three threads sleeping at once overlap: they all finish after the longest sleep, in the order
# of their wake times.
import asyncio
import time

def nap(name, seconds):
    time.sleep(seconds)
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(asyncio.to_thread(nap, n, s)) for n, s in (("a", 3), ("b", 1), ("c", 2))]
    for completed in asyncio.as_completed(tasks):
        name = await completed
        print(f"{loop.time():.2f} {name} woke")

asyncio.run(main())
