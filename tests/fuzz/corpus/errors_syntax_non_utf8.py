# A file that is not UTF-8 (Latin-1 bytes) is a SyntaxError.
print("café")
