# for loops with break, continue, else and nested loops.
for ch in "abc":
    print(ch, end=" ")
print()
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(6):
    if i % 2:
        continue
    print("even", i)
for key in {"b": 1, "a": 2}:
    print("key", key)
found = None
for idx, word in enumerate(["x", "target", "y"]):
    if word == "target":
        found = idx
        break
print("found at", found, "loop variable still", word)
for _ in range(0):
    print("never")
else:
    print("empty loop runs else")
total = 0
for row in [[1, 2], [3, 4]]:
    for cell in row:
        total += cell
print(total)
