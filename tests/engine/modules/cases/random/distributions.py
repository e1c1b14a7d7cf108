# The real-valued distributions and raw bits.
import random

random.seed(5)
print([round(random.uniform(1, 10), 12) for _ in range(3)], random.uniform(5, 5), random.uniform(-1.5, 2))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(3, 3, 3))
print(random.gauss(), random.gauss(100, 15), random.gauss(mu=1, sigma=0.5))
print(random.normalvariate(), random.normalvariate(10, 2))
print(random.expovariate(1.5), random.expovariate(-2))
print(random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(5, 1))
print(random.betavariate(2, 3), random.vonmisesvariate(0, 4), random.vonmisesvariate(1, 0))
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33))
print(random.getrandbits(200), random.randbytes(5), random.randbytes(0))
rng = random.Random(3)
print(rng.gauss(0, 1), rng.gauss(0, 1), rng.gauss(0, 1))
rng.seed(3)
print(rng.gauss(0, 1))
