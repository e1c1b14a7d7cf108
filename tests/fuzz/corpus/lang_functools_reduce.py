# functools.reduce.
from functools import reduce
import operator
nums = [1, 2, 3, 4, 5]
print(reduce(lambda a, b: a + b, nums), reduce(operator.mul, nums), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], nums, []), reduce(operator.add, [], 0))
print(reduce(lambda a, b: a * 10 + b, [4, 2, 7]))
words = ["async", "await", "loop"]
print(reduce(lambda a, w: a if len(a) >= len(w) else w, words))
nested = {"a": {"b": {"c": 42}}}
print(reduce(lambda d, k: d[k], ["a", "b", "c"], nested))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
