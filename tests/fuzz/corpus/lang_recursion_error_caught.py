# Deep recursion raises RecursionError at the default limit, which can be caught.
import sys
def dive(n):
    return dive(n + 1)
try:
    dive(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
depth = count_depth()
print(sys.getrecursionlimit(), 900 < depth < 1000)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
