// Conversions and mixed operations between Python int (GMP) and float (double), correctly
// rounded as CPython does, with its error texts (errors are al::num::Error, see errors.h).
#pragma once

#include <gmpxx.h>

#include <compare>

namespace al::num {

// float(int): round-half-even to the nearest double; OverflowError
// "int too large to convert to float". CPython: Objects/longobject.c PyLong_AsDouble
double int_to_double(const mpz_class& value);

// int(float): truncates toward zero; OverflowError "cannot convert float infinity to integer",
// ValueError "cannot convert float NaN to integer". CPython: Objects/longobject.c
// PyLong_FromDouble
mpz_class double_to_int(double value);

// int / int, correctly rounded even for huge operands: ZeroDivisionError "division by zero",
// OverflowError "integer division result too large for a float".
// CPython: Objects/longobject.c long_true_divide
double int_true_divide(const mpz_class& a, const mpz_class& b);

// Exact comparison of an int with a float (unordered when the float is nan), as Python's
// `==`/`<` between them. CPython: Objects/floatobject.c float_richcompare
std::partial_ordering compare_int_double(const mpz_class& a, double b);

}  // namespace al::num
