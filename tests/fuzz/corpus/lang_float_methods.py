# float methods, conversions and special values.
x = 2.5
print(x.is_integer(), (3.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(float("3.25"), float("  -1e3 "), float("inf"), float("-Infinity"), float("nan"), float(7))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(int(2.9), int(-2.9), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3))
print(round(123.456, -1), round(0.5), round(1.5), round(7.0), type(round(7.5)).__name__)
nan = float("nan")
print(nan == nan, nan != nan, float("inf") > 1e308, -float("inf") < 0)
print(1e16 + 1, 2 ** 0.5, 10 ** -2, 4 ** 0.5)
print(7.0 // 2, -7.0 // 2, 7.0 % 2.5, -7.5 % 2, divmod(7.5, 2))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
