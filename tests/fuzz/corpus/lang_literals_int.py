# Integer literals in every base, underscores, and arbitrary precision.
print(42, -7, 0, 1_000_000)
print(0x1F, 0o17, 0b1011, 0XFF, 0O7, 0B1)
print(2 ** 64, 2 ** 100, -(2 ** 70))
print(10 ** 30 + 1)
big = 123456789012345678901234567890
print(big * big)
print(big // 7, big % 7)
print(-big // 7, -big % 7)
factorial = 1
for n in range(1, 31):
    factorial *= n
print("30! =", factorial)
print(len(str(2 ** 1000)))
print(type(2 ** 100).__name__, 2 ** 100 == 1267650600228229401496703205376)
print(int("9" * 40) + 1)
print(1 << 80, (1 << 80) >> 79)
print(-1 >> 3, ~(2 ** 65))
