# Queue(maxsize=1) ping-pong: a producer and a consumer pass 100,000 items through a queue that
# holds one, so every item suspends one side and wakes the other.
import asyncio
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
ITEMS = max(1, round(100_000 * SCALE))


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item


async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    await producer(q, ITEMS)
    return await c


t0 = time.process_time()
result = asyncio.run(main())
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
