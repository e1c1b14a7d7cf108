# Startup baseline: import asyncio and run an empty main, subtracted from the process times of
# the asyncio benchmarks.
import asyncio
import time


async def main():
    return 0


t0 = time.process_time()
result = asyncio.run(main())
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
