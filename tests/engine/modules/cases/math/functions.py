# The math module's functions, constants and error texts.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.cbrt(27), math.exp2(10))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), type(math.floor(2.5)).__name__, math.floor(10**20 + 0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2,)))
print(math.acosh(2), math.asinh(1), math.atanh(0.5), math.erf(0.5), math.erfc(0.5))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10.5), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4))
print(math.remainder(10, 3), math.remainder(-7, 2), math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
print(math.fsum([0.1] * 10), math.prod(range(1, 8)), math.prod([], start=5), math.comb(10, 3), math.perm(5))
print(math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.isqrt(10**20 + 1), math.factorial(20))
print(math.log(100, 10), math.log(2**1000), math.log10(10**50), math.log2(8), math.log1p(1e-10), math.expm1(1e-10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.copysign(1, -0.0), math.fmod(-7, 3), math.modf(-2.5), math.degrees(1), math.radians(90))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
            lambda: math.gamma(0), lambda: math.gamma(172), lambda: math.lgamma(-2), lambda: math.atanh(1),
            lambda: math.ldexp(1, 1.5), lambda: math.ldexp(1.0, 2000), lambda: math.remainder(5, 0),
            lambda: math.dist((1,), (1, 2)), lambda: math.dist(5, 6), lambda: math.sqrt("x"),
            lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.fmod(1, 0),
            lambda: math.pow(0, -1), lambda: math.comb(-1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
