# ValueError from int() on user input.
inputs = ["42", "17", "forty"]
total = 0
for text in inputs:
    total += int(text)
print(total)
