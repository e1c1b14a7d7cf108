# print with sep, end, file and flush.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" -> continued")
print("x", "y", sep="\n", end="\n---\n")
print()
print(1, 2.5, None, True, [1], {"k": (1,)}, sep=", ")
print("warning!", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("multi", "end", end="!\n")
print(*[], sep="X")
print("done", file=sys.stdout)
print("err", "line", sep=":", end=";\n", file=sys.stderr)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
