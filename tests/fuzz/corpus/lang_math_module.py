# The math module.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.trunc(-3.7), math.fabs(-4), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.gcd(48, 18), math.factorial(10), math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10), math.comb(5, 2), math.perm(5, 2))
print(math.isqrt(99), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.modf(3.5), math.lcm(4, 6))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5) == 10 ** 20)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
