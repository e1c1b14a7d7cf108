# SyntaxError inside an f-string expression.
name = "ann"
print(f"hello {name!}")
