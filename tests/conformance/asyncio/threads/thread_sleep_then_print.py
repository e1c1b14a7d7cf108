# A worker thread that prints after its sleep: the print appears at the thread's wake time,
# between the loop's own prints.
import asyncio
import time

def worker(name, seconds):
    time.sleep(seconds)
    print(f"{time.monotonic():.2f} thread {name} done sleeping")
    return seconds

async def main():
    loop = asyncio.get_running_loop()
    job = asyncio.create_task(asyncio.to_thread(worker, "w", 1.5))
    for _ in range(3):
        await asyncio.sleep(1)
        print(f"{loop.time():.2f} loop tick")
    print("job returned", await job)

asyncio.run(main())
