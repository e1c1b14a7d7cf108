# NameError for a misspelled builtin and for a name that is nowhere.
values = [3, 1, 2]
print("sorted:", sorted(values))
print("length:", lenght(values))
