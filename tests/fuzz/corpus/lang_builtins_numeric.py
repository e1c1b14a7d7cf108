# abs, round, divmod, pow, hex, oct, bin.
print(abs(-7), abs(3.5), abs(-0.0), abs(True), abs(-(10 ** 20)))
print(round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2), round(5), round(0.125, 2))
print(round(2.675, 2), round(1.005, 2), round(-1.5), round(7.45, 1), type(round(2.5, 0)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(3, 200, 1000), pow(-2, 3), pow(0, 0))
print(hex(3054), oct(3054), bin(3054), hex(-1), bin(255)[2:].zfill(10))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
