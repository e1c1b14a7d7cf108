# TypeError: can only concatenate str (not "int") to str.
age = 31
message = "Age: " + age
print(message)
