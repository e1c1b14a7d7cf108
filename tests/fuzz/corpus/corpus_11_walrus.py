data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
while (chunk := data.pop()) > 1:
    pass
ys = [y for x in data if (y := x * 2)]
print(f"{(z := 10)}")
f = lambda: (w := 1)
