# TypeError: object is not iterable.
count = 3
for i in count:
    print(i)
