# Lock contention: 100 tasks each take one Lock ITERS times and yield while holding it, so the
# other 99 queue up as waiters on every acquisition.
import asyncio
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
TASKS = 100
ITERS = max(1, round(1000 * SCALE))


async def worker(lock, state, iters):
    for _ in range(iters):
        async with lock:
            value = state[0]
            await asyncio.sleep(0)
            state[0] = value + 1


async def main():
    lock = asyncio.Lock()
    state = [0]
    await asyncio.gather(*[worker(lock, state, ITERS) for _ in range(TASKS)])
    return state[0]


t0 = time.process_time()
result = asyncio.run(main())
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
