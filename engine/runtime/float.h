// float: IEEE double (CPython: Objects/floatobject.c).
#pragma once

#include <string>

#include "engine/runtime/object.h"

namespace al {

struct Float : Object {
  double value;
  Float(Type* t, double v) : Object(t), value(v) {}
};

Value float_from(double v);
// float(x) for any object: float, int, str, __float__, __index__ (CPython: PyNumber_Float).
double float_as_double(Object* o);
// True when o is a float or an int (or bool); sets out.
bool number_as_double(Object* o, double& out);
std::string float_repr(double v);
int64_t float_hash(double v);
Value float_from_string(std::string_view text);  // raises ValueError like float()

// int(x) for a double: truncation, OverflowError for infinities, ValueError for NaN.
Value float_to_int_value(double v);
// x ** y with CPython's special cases and errors.
double float_pow_impl(double x, double y);
// round(x, ndigits) correctly rounded like CPython (in float_format.cpp).
double float_round(double x, int64_t ndigits);
// format(x, spec) (in float_format.cpp).
Value float_format(double x, Str* spec);

void init_float_type();

}  // namespace al
