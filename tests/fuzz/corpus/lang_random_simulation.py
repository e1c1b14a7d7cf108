# A seeded simulation in the style of the tutorials (random delays, random failures).
import random
random.seed(2024)
delays = [round(random.uniform(0.1, 2.0), 2) for _ in range(5)]
print("delays:", delays)
results = []
for job in range(8):
    if random.random() < 0.3:
        results.append(f"job {job}: failed")
    else:
        results.append(f"job {job}: ok after {random.randint(1, 5)} tries")
print("\n".join(results))
servers = ["alpha", "beta", "gamma", "delta"]
picks = [random.choice(servers) for _ in range(6)]
print(picks)
random.shuffle(servers)
print(servers, random.sample(servers, 3))
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(1000)]
print([rolls.count(face) for face in range(1, 7)], sum(rolls))
