# More of the math module: hypot/dist, gamma, frexp/ldexp, remainder, ulp and their errors.
import math

print(math.hypot(3, 4, 12), math.dist((1, 1), (4, 5)), math.gamma(6), math.gamma(0.5), math.lgamma(20))
print(math.frexp(40.0), math.ldexp(0.625, 6), math.remainder(7, 4), math.cbrt(-8), math.exp2(0.5))
print(math.ulp(1.0), math.nextafter(0.0, 1.0), math.erf(1), math.asinh(1), math.acosh(1), math.atanh(0))
for bad in (lambda: math.gamma(-2), lambda: math.acosh(0), lambda: math.dist((1, 2), (1,)), lambda: math.ldexp(1.0, 1.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.sqrt(-4))
