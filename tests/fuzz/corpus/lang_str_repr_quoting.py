# repr() of strings: quote choice and escaping, inside containers too.
samples = ["plain", "it's", 'he said "hi"', "both ' \"", "new\nline", "tab\t", "uni é ü 中", "\x1b[0m", "\\"]
for s in samples:
    print(repr(s))
print(samples)
print({"key's": "val\"ue"})
print(str(samples[1]), ascii("é中"), ascii("plain"))
