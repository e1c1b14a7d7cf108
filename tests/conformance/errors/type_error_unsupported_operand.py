# TypeError: unsupported operand types.
count = 5
label = "items: "
total = count + label
