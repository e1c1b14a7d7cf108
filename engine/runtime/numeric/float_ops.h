// Python float arithmetic with CPython 3.11's exact results and error texts: floor division and
// modulo (result takes the divisor's sign, signed zeros included), pow's special cases, and
// round() via correctly rounded decimal arithmetic. Errors are al::num::Error (errors.h).
#pragma once

#include <gmpxx.h>

#include <complex>
#include <utility>
#include <variant>

namespace al::num {

// a / b; ZeroDivisionError "float division by zero". CPython: Objects/floatobject.c float_div
double float_true_div(double a, double b);
// a // b; ZeroDivisionError "float floor division by zero".
// CPython: Objects/floatobject.c float_floor_div
double float_floor_div(double a, double b);
// a % b; ZeroDivisionError "float modulo". CPython: Objects/floatobject.c float_rem
double float_mod(double a, double b);
// divmod(a, b); ZeroDivisionError "float divmod()". CPython: Objects/floatobject.c float_divmod
std::pair<double, double> float_divmod(double a, double b);

// a ** b. A negative base with a non-integral exponent gives a complex number, as in Python.
// ZeroDivisionError "0.0 cannot be raised to a negative power"; OverflowError
// "(34, 'Numerical result out of range')" (the str() of CPython's errno-style OverflowError)
// or, for the complex case, "complex exponentiation". CPython: Objects/floatobject.c float_pow
using FloatPowResult = std::variant<double, std::complex<double>>;
FloatPowResult float_pow(double base, double exponent);

// round(x, ndigits): nan and inf round to themselves; OverflowError
// "rounded value too large to represent". CPython: Objects/floatobject.c double_round
double float_round(double x, const mpz_class& ndigits);
// round(x) with no ndigits: nearest int, ties to even; errors as double_to_int.
// CPython: Objects/floatobject.c float___round___impl
mpz_class float_round_to_int(double x);

// float.is_integer()
bool float_is_integer(double x);
// float.as_integer_ratio(): lowest terms, positive denominator; OverflowError
// "cannot convert Infinity to integer ratio", ValueError "cannot convert NaN to integer ratio".
std::pair<mpz_class, mpz_class> float_as_integer_ratio(double x);

}  // namespace al::num
