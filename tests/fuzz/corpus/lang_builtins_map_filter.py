# map and filter.
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda n: n * n, nums)), list(map(str, nums)), list(map(pow, [2, 3], [5, 2])))
print(list(filter(lambda n: n % 2 == 0, nums)), list(filter(None, [0, 1, "", "x", None, [], [0]])))
m = map(int, ["10", "20"])
print(type(m).__name__, next(m), list(m), list(m))
words = ["  alpha ", "BETA", " gamma"]
print(list(map(str.strip, words)), list(map(str.lower, map(str.strip, words))))
print(sum(map(len, words)), list(filter(str.isupper, words)), list(map(lambda a, b: a + b, "abc", "xyz")))
