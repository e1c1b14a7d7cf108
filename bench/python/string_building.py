# String building: f-strings with format specs, join, += in a loop, %-formatting, str methods.
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def work(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 3:x};")
    s = "".join(parts)
    acc = ""
    for i in range(n // 10):
        acc += str(i)
    words = s.split(";")
    upper = ",".join([w.upper() for w in words[:2000]])
    replaced = s.replace(":", "=")
    line = ""
    for i in range(n // 10):
        line = "%d-%s|" % (i, "ab") + line[:40]
    return len(s) + len(acc) + len(words) + len(upper) + replaced.count("=") + len(line)


t0 = time.process_time()
result = 0
for rep in range(max(1, round(30 * SCALE))):
    result += work(50_000 + rep)
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
