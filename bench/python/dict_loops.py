# Loops over dicts: insertion, lookup, get with a default, items(), membership, deletion.
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

KEYS = [f"key{i}" for i in range(1000)]


def work(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    s = 0
    for k in d:
        s += d[k]
    for k, v in d.items():
        s ^= k + v
    counts = {}
    keys = KEYS
    for i in range(n):
        key = keys[i % 1000]
        counts[key] = counts.get(key, 0) + 1
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += 1
    for i in range(0, n, 2):
        del d[i]
    return s + hits + len(d) + counts["key7"] + len(counts)


t0 = time.process_time()
result = 0
for rep in range(max(1, round(30 * SCALE))):
    result += work(50_000 + rep)
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
