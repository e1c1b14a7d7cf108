# A data pipeline built from generators, as tutorials show.
LOG = """INFO start
ERROR disk full
INFO retry
ERROR timeout
WARN slow
ERROR disk full"""
def read_lines(text):
    for line in text.splitlines():
        yield line
def only(level, lines):
    for line in lines:
        if line.startswith(level):
            yield line
def messages(lines):
    for line in lines:
        yield line.split(" ", 1)[1]
pipeline = messages(only("ERROR", read_lines(LOG)))
counts = {}
for msg in pipeline:
    counts[msg] = counts.get(msg, 0) + 1
print(counts)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals()))))
