# await one after another takes the sum of the delays; create_task then await takes the max.
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(f"{time.monotonic():.2f} {what}")

async def main():
    start = time.monotonic()
    await say_after(1, "hello")
    await say_after(2, "world")
    print(f"sequential took {time.monotonic() - start:.2f}s")
    start = time.monotonic()
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    await task1
    await task2
    print(f"concurrent took {time.monotonic() - start:.2f}s")

asyncio.run(main())
