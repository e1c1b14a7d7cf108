# itertools.count, cycle and islice.
from itertools import count, cycle, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("AB"), 5)), list(islice(cycle([1, 2, 3]), 7)))
print(list(islice(range(100), 3, 9, 2)), list(islice("abcdefg", 2)), list(islice("abc", 1, None)))
ids = count(1)
jobs = [f"job-{next(ids)}" for _ in range(3)]
print(jobs, next(ids))
colors = cycle(["red", "green"])
for item, color in zip(["a", "b", "c"], colors):
    print(item, color)
def numbers():
    n = 0
    while True:
        n += 1
        yield n
print(list(islice((x * x for x in numbers() if x % 2), 4)))
print(count(5), repr(count(2, 3)))
