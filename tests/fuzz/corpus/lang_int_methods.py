# int methods and parsing.
n = 1000
print(n.bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "big"))
print(int("42"), int("  -17  "), int("1_000"), int("ff", 16), int("0x1f", 16), int("0b101", 0), int("777", 8))
print(int(3.99), int(-3.99), int(True), int("0"), int("z", 36))
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (12).numerator, (12).denominator)
print(abs(-5), -(-5), +5, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1)
print(divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5), pow(2, -1, 7))
print(int.__name__, isinstance(5, int), (5).__class__.__name__)
try:
    int("3.5")
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
