# choice, shuffle, sample, choices and ranges draw what CPython draws.
import random

random.seed(2024)
items = ["alpha", "beta", "gamma", "delta", "epsilon"]
print([random.choice(items) for _ in range(8)], random.choice("xyz"), random.choice((1, 2)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
letters = list("abcdef")
random.shuffle(letters)
print(letters)
print(random.sample(range(1000), 10), random.sample(items, 3), random.sample("abcdefgh", 8))
print(random.sample(range(10**12), 4), random.sample(items, k=0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices(items, k=6))
print(random.choices(items, weights=[10, 1, 1, 1, 20], k=6))
print(random.choices(items, cum_weights=[1, 2, 3, 4, 5], k=4), random.choices(items))
print(random.choices([1, 2, 3], [0.5, 0.25, 0.25], k=5))
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(6)], [random.randrange(10, 0, -3) for _ in range(6)])
print([random.randint(-3, 3) for _ in range(10)], random.randint(0, 10**20), random.randrange(2**100))
print(random.randrange(True, 10), random.randint(1, 1))
