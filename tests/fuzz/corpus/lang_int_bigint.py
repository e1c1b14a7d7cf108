# Arbitrary-precision arithmetic beyond 64 bits.
a = 2 ** 64
b = 3 ** 50
print(a + 1, a - 1, a * b, b // a, b % a, -b // a, -b % a)
print(a == 18446744073709551616, a > 2 ** 63, 2 ** 63 - 1)
print(pow(7, 123, 10 ** 9 + 7), pow(2, 200) % 1000003)
print(divmod(10 ** 25, 7), divmod(-(10 ** 25), 7))
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70)[:12])
print((2 ** 100).bit_length(), -(2 ** 100) >> 90, (2 ** 100) & 0xFFFF, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(float(2 ** 100), 2 ** 100 / 2 ** 98, 10 ** 20 / 3)
print(abs(-(10 ** 30)), max(2 ** 70, 2 ** 69), sum([2 ** 62] * 8))
print(str(-(2 ** 65)), repr(10 ** 19), f"{2 ** 70:,}", f"{2 ** 64:x}")
