# The loop clock and the time module are one clock; sleeps take no real time.
import asyncio
import time
async def work(name, delay):
    print(f"{name} starts at {time.monotonic():.1f}")
    await asyncio.sleep(delay)
    print(f"{name} done at {time.monotonic():.1f}")
    return delay
async def main():
    loop = asyncio.get_running_loop()
    start = time.time()
    results = await asyncio.gather(work("a", 2), work("b", 1), work("c", 3))
    print(results, f"took {time.time() - start:.2f} s", loop.time() == time.monotonic())
    t = time.perf_counter()
    time.sleep(0.5)
    print("blocking sleep moved the clock by", time.perf_counter() - t, loop.time())
asyncio.run(main())
