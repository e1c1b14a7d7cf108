# min, max and sum with keys, defaults and start values.
nums = [4, -2, 9, 0]
print(min(nums), max(nums), min(3, 7), max(3, 7, 5), sum(nums), sum(nums, 100))
words = ["pear", "fig", "banana"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], default="none"), min([], default=0), max([(1, "b"), (1, "a")]))
print(sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum(range(1, 11)), sum([True, True, False]))
prices = {"apple": 1.2, "kiwi": 0.5, "mango": 2.5}
print(max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
print(max(1, 1.0), max(1.0, 1), min("b", "a", "c"))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
