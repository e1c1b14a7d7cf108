# AttributeError for a method that exists in another language.
name = "awaitlab"
print(name.upper())
print(name.uppercase())
