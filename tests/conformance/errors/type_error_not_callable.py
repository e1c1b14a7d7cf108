# TypeError: object is not callable.
total = 10
items = [1, 2, 3]
result = total(items)
