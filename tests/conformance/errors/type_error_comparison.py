# TypeError: comparing incompatible types while sorting.
records = [3, "two", 1]
print(sorted(records))
