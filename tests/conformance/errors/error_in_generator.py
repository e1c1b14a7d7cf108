# An exception raised inside a generator while a for loop drives it.
def readings(raw):
    for item in raw:
        yield 100 / item
for value in readings([4, 2, 0, 1]):
    print(value)
