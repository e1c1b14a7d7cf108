# Task switching: 2,000 tasks each awaiting asyncio.sleep(0) ROUNDS times (one loop pass each).
import asyncio
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
TASKS = 2000
ROUNDS = max(1, round(250 * SCALE))


async def worker(rounds, counter):
    for _ in range(rounds):
        await asyncio.sleep(0)
    counter[0] += rounds


async def main():
    counter = [0]
    await asyncio.gather(*[worker(ROUNDS, counter) for _ in range(TASKS)])
    return counter[0]


t0 = time.process_time()
result = asyncio.run(main())
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
