# Float literals and CPython's shortest round-trip repr.
values = [0.1, 0.5, 1.0, 2.5e-3, 1e16, 1e15, 123456789.123, 1e-5, 0.0001, 1e22, 1.5e300, 3.0]
for v in values:
    print(repr(v), str(v))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1 / 3, 2 / 3, 10 / 4, 7 / 7)
print(float("inf"), float("-inf"), float("nan"))
print(-0.0, 0.0 == -0.0)
print(1e308 * 10, -1e308 * 10)
print(5e-324, 2.2250738585072014e-308)
print(1_000.000_1, .5, 5., 1E3)
print(100.0, 1e100, 12345678901234567890.0)
print(3.14159 * 2, 9.95 * 3)
print(float(10 ** 20), float(2 ** 53 + 1))
