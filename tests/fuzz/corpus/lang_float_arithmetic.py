# Float arithmetic and the outputs tutorials print (averages, timings, percentages).
prices = [19.99, 5.01, 3.5, 0.1]
total = sum(prices)
print(total, round(total, 2), f"{total:.2f}", total / len(prices))
print(0.1 * 3, 0.1 * 10, 1.1 + 2.2, 3 * 1.1, 100 * 1.1)
print(1 / 7, 22 / 7, 1e-7, 1.0e-4 * 3, 2.0 ** 62, 2.0 ** 64)
elapsed = 2.0034567
print(f"took {elapsed:.2f} seconds", f"{elapsed * 1000:.0f} ms", round(elapsed, 3))
print(3 / 2, 3 // 2, 3.0 / 2, -3 / 2, 1 / 3 * 3, 9.99 * 100)
print(max(0.1, 0.2), min(-0.0, 0.0), abs(-2.5), sum([0.1] * 10))
values = [2.5, 3.5, 4.5]
mean = sum(values) / len(values)
var = sum((v - mean) ** 2 for v in values) / len(values)
print(mean, var, var ** 0.5)
print(1e15 + 0.3, 123456789012.345678, 0.1 + 0.7, 4.35 * 100, 1.15 * 3)
