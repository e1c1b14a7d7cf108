# IndexError: list index out of range.
queue = ["first", "second"]
print(queue[0], queue[1])
print(queue[2])
