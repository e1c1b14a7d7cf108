# random.Random instances, getstate/setstate, weighted choices and the distributions.
import random

rng = random.Random(2024)
other = random.Random(2024)
print(rng.random() == other.random(), rng.randint(1, 6), rng.choice("abc"), rng.sample(range(50), 3))
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)], len(state), state[0], len(state[1]), state[2])
random.seed(99)
print(random.choices(["red", "green", "blue"], weights=[5, 1, 1], k=8))
print(random.choices(range(10), cum_weights=range(1, 11), k=5))
print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6), round(random.expovariate(0.5), 6))
print(round(random.triangular(0, 10, 2), 6), round(random.betavariate(2, 5), 6), round(random.lognormvariate(0, 0.5), 6))
print(random.getrandbits(64), random.randbytes(4).hex(), random.randrange(0, 1000, 7))
deck = [f"{rank}{suit}" for suit in "SH" for rank in "A23"]
random.shuffle(deck)
print(deck, random.sample(deck, k=2, counts=None))
