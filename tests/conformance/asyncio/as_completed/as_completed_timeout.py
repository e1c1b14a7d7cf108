# as_completed(timeout=...) raises TimeoutError from the next await once the deadline passes.
import asyncio

async def fetch(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch(d)) for d in (1, 5, 2)]
    try:
        for completed in asyncio.as_completed(tasks, timeout=3):
            value = await completed
            print(f"{loop.time():.2f} got {value}")
    except TimeoutError:
        print(f"{loop.time():.2f} TimeoutError; slow task cancelled? {tasks[1].cancelled()}")
    tasks[1].cancel()

asyncio.run(main())
