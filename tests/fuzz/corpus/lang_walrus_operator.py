# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
queue = ["a", "b", "c"]
while (item := queue.pop() if queue else None) is not None:
    print("processing", item)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
lines = iter(["first", "second", "", "ignored"])
while line := next(lines):
    print(line.upper())
print([last := v for v in "xyz"], last)
