# SyntaxError: missing comma in a list.
colors = ["red" "green", "blue" 4]
