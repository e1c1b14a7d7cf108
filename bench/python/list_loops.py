# Loops over lists: for-loops, indexing, comprehensions, append, enumerate, sort.
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def work(n):
    data = list(range(n))
    total = 0
    for x in data:
        total += x
    squares = [x * x for x in data if x % 3]
    for i in range(len(squares)):
        squares[i] = squares[i] // 2
    evens = []
    for i, x in enumerate(data):
        if x & 1 == 0:
            evens.append(i)
    data.reverse()
    data.sort()
    best = 0
    for x in squares:
        if x > best:
            best = x
    return total + sum(squares) % 1000003 + len(evens) + data[-1] + best % 97


t0 = time.process_time()
result = 0
for rep in range(max(1, round(30 * SCALE))):
    result += work(100_000 + rep)
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
