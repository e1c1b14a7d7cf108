# time.time/monotonic/perf_counter read the virtual clock; time.sleep advances it.
import time
start = time.time()
t0 = time.perf_counter()
m0 = time.monotonic()
print(start, t0, m0)
time.sleep(1.5)
print(f"slept {time.perf_counter() - t0:.2f} s", time.monotonic() - m0)
for step in range(3):
    time.sleep(0.1)
print(round(time.time() - start, 6), time.time())
elapsed = time.perf_counter() - t0
print(f"Sequential execution took {elapsed:.2f} seconds")
print(time.time_ns(), time.monotonic_ns(), time.perf_counter_ns())
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.localtime().tm_year, time.gmtime(0).tm_year)
time.sleep(0)
print(time.monotonic())
