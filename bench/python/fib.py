# Recursive calls: fib(25) computed 48 times (242,785 Python calls each).
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def work(reps):
    total = 0
    for _ in range(reps):
        total += fib(25)
    return total


t0 = time.process_time()
result = work(max(1, round(48 * SCALE)))
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
