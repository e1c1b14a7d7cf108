# A blocking time.sleep moved to a worker thread with to_thread lets the loop keep running:
# the 0.5 s asyncio.sleep finishes before the 1 s thread.
import asyncio
import time

def blocking_io(seconds):
    time.sleep(seconds)
    return f"slept {seconds}s in a thread"

async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        await asyncio.sleep(0.5)
        print(f"{loop.time():.2f} tick")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    result = await asyncio.to_thread(blocking_io, 1)
    print(f"{loop.time():.2f} {result}")
    await t

asyncio.run(main())
