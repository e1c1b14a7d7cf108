// Float to text exactly as CPython 3.11: repr(float), and the PyOS_double_to_string core that
// format(), f-strings and %-formatting build on.
//
// CPython gets its digits from David Gay's dtoa; we get the same digits from std::to_chars,
// which is shortest-round-trip without a precision and correctly rounded with one. The layout
// rules (when to switch to exponent form, padding with zeros, '.0' suffix) mirror
// Python/pystrtod.c format_float_short.
#pragma once

#include <string>

namespace al::num {

// CPython: Include/pystrtod.h Py_DTSF_* flags.
enum DoubleToStringFlags : unsigned {
  kDtsfSign = 1,     // always print a sign ('+' for non-negative values, nan included)
  kDtsfAddDot0 = 2,  // an integral value in non-exponent form gets ".0" ('r' and 'g')
  kDtsfAlt = 4,      // '#': keep the decimal point and, for 'g', trailing zeros
  kDtsfNoNeg0 = 8,   // 'z': a value that rounds to zero prints without '-'
};

// CPython: Python/pystrtod.c PyOS_double_to_string. format_code is one of e E f F g G r;
// precision is digits after the point (e, f) or significant digits (g; 0 means 1); 'r' is the
// shortest repr and ignores precision.
std::string double_to_string(double value, char format_code, int precision, unsigned flags);

// repr(float) and str(float): '1.0', '1e+16', '1e-05', '-0.0', 'inf', 'nan'.
// CPython: Objects/floatobject.c float_repr
std::string float_repr(double value);

}  // namespace al::num
