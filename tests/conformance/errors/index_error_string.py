# IndexError on a string and on a tuple.
word = "hi"
print(word[1])
print(word[5])
