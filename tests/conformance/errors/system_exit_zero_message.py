# exit(0) and SystemExit with a non-string, non-int value.
import sys
print("about to exit")
sys.exit([1, 2])
