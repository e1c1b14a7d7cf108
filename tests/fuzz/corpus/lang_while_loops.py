# while loops with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("loop finished without break")
attempts = 0
while True:
    attempts += 1
    if attempts >= 3:
        print("giving up after", attempts)
        break
balance, years = 100.0, 0
while balance < 200:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item == 99:
        break
    print("item", item)
else:
    print("queue drained")
