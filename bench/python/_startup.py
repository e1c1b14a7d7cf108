# Startup baseline: the interpreter starting and stopping with no work, subtracted from the
# process times of the plain-Python benchmarks.
import sys
import time

t0 = time.process_time()
print("checksum: 0")
print(f"cpu: {time.process_time() - t0:.6f}")
