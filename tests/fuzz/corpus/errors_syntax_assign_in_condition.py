# SyntaxError: "=" used where "==" was meant.
count = 3
if count = 3:
    print("three")
