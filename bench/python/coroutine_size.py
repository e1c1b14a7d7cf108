# Memory of coroutine objects: COUNT (argv[2], default 100,000) coroutines of a small async def,
# created and kept alive at once, then closed. With argv[3] == "pause" the script stops while
# they are alive (prints "paused", reads a line) so the runner can read VmRSS from /proc; it
# divides the RSS difference between COUNT and COUNT=0 by COUNT (the list slot, 8 bytes, is
# included on both engines).
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else max(1, round(100_000 * SCALE))
PAUSE = len(sys.argv) > 3 and sys.argv[3] == "pause"


async def job(a, b, c):
    total = a + b + c
    return total


t0 = time.process_time()
coros = [job(i, 1, 2) for i in range(COUNT)]
if PAUSE:
    print("paused", flush=True)
    input()
for coro in coros:
    coro.close()
t1 = time.process_time()
if COUNT and hasattr(sys, "getsizeof"):
    # CPython 3.11 keeps the frame inside the coroutine object; getsizeof counts both and the
    # GC header: a reference value for the README.
    print(f"info: getsizeof={sys.getsizeof(coros[0])}")
print(f"checksum: {len(coros)}")
print(f"cpu: {t1 - t0:.6f}")
