# gather of 50,000 coroutines (each wrapped in a Task), each yielding once before returning.
import asyncio
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
COUNT = max(1, round(50_000 * SCALE))


async def job(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[job(i) for i in range(COUNT)])
    return sum(results)


t0 = time.process_time()
result = asyncio.run(main())
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
