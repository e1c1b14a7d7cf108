# SystemExit without a code exits with status 0; finally blocks still run.
import sys
try:
    print("exiting early")
    raise SystemExit
finally:
    print("cleanup still runs")
print("unreachable")
