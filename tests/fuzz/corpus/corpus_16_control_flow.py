x = 5
if x > 3:
    print("big")
elif x > 1:
    print("medium")
elif x > 0:
    print("small")
else:
    print("none")

while x:
    x -= 1
    if x == 2:
        continue
    if x == 1:
        break
else:
    print("no break")

for i in range(3):
    pass
else:
    print("done")

for i, (j, k) in enumerate([(1, 2)]):
    print(i, j, k)

for *a, b in [(1, 2, 3)]:
    pass

if x:
    pass
else:
    if x:
        pass
