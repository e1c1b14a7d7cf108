# NameError for a misspelled builtin function, with a suggestion.
words = ["async", "await"]
for w in words:
    pritn(w)
