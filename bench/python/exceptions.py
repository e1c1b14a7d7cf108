# Exceptions raised and caught: a user exception class, a builtin one, KeyError from a dict
# lookup, try/finally.
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class AppError(Exception):
    pass


def fail(i):
    if i % 2:
        raise AppError(i)
    raise ValueError(i)


def work(n):
    caught = 0
    d = {}
    for i in range(n):
        try:
            fail(i)
        except AppError as e:
            caught += e.args[0] & 7
        except ValueError:
            caught += 1
        try:
            d[i]
        except KeyError:
            caught += 2
        try:
            caught += 3
        finally:
            caught -= 1
    return caught


t0 = time.process_time()
result = work(max(1, round(800_000 * SCALE)))
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
