# A \N escape with no {name} after it.
print("before")
text = "open \N{} brace"
