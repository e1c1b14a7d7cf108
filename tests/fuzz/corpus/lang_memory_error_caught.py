# A huge allocation raises MemoryError instead of crashing.
try:
    big = [0] * (2 ** 62)
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    text = "x" * (2 ** 62)
except MemoryError:
    print("MemoryError for a string too")
except OverflowError as e:
    print("OverflowError:", e)
print("still running")
