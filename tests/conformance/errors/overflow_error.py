# Float overflow.
growth = 1.5
value = 10.0
for year in range(3):
    value = value ** growth
    print(year, value)
print(2.0 ** 10000)
