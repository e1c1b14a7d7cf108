# StopIteration inside a generator becomes RuntimeError (PEP 479).
def first_words(lines):
    it = iter(lines)
    while True:
        line = next(it)
        yield line.split()[0]
print(list(first_words(["hello world", "good bye"])))
