# Memory per pending task: COUNT (argv[2], default 10,000) tasks created and left waiting on one
# Event, then released. With argv[3] == "pause" the script stops while they wait (prints
# "paused", reads a line; this blocks the loop on purpose) so the runner can read VmRSS from
# /proc; it divides the RSS difference between COUNT and COUNT=0 by COUNT (the tasks list slot,
# 8 bytes, is included on every engine).
import asyncio
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else max(1, round(10_000 * SCALE))
PAUSE = len(sys.argv) > 3 and sys.argv[3] == "pause"


async def waiter(event, i):
    await event.wait()
    return i


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, i)) for i in range(COUNT)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    if PAUSE:
        print("paused", flush=True)
        input()
    event.set()
    total = 0
    for task in tasks:
        total += await task
    return total


t0 = time.process_time()
result = asyncio.run(main())
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
