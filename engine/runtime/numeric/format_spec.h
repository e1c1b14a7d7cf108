// The format-spec mini-language of format(), str.format() and f-strings, exactly as CPython
// 3.11: [[fill]align][sign][z][#][0][width][grouping][.precision][type], applied to int, float
// and str values. Text is UTF-8; widths and precisions count code points. Errors are
// al::num::Error (errors.h) with CPython's texts, e.g. ValueError
// "Unknown format code 'd' for object of type 'float'".
//
// type_name is the Python type named in error messages ("int", "bool", a subclass name...).
// An empty spec means str(value): format_int returns the decimal digits and format_float the
// repr, which is what int and float give; a caller formatting a bool or a subclass with its own
// __str__ must handle the empty spec itself.
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace al::num {

// A parsed spec. CPython: Python/formatter_unicode.c InternalFormatSpec
struct FormatSpec {
  char32_t fill = U' ';
  char32_t align = 0;           // '<', '>', '=', '^' (the per-type default once parsed)
  char sign = 0;                // '+', '-', ' ' or 0 when absent
  bool no_neg_0 = false;        // 'z'
  bool alternate = false;       // '#'
  std::int64_t width = -1;      // -1 when absent
  char thousands = 0;           // ',' or '_' or 0
  int group_size = 3;           // 4 for '_' with b, o, x, X
  std::int64_t precision = -1;  // -1 when absent
  char32_t type = 0;            // the per-type default when absent ('\0' for float)
};

// Parses a non-empty spec. default_type is 'd' for int, '\0' for float, 's' for str;
// default_align is '>' for numbers and '<' for str.
// CPython: Python/formatter_unicode.c parse_internal_render_format_spec
FormatSpec parse_format_spec(std::string_view spec, char32_t default_type, char32_t default_align,
                             std::string_view type_name);

// format(int, spec). Float presentation types convert the int to float first.
// CPython: Python/formatter_unicode.c _PyLong_FormatAdvancedWriter
std::string format_int(const mpz_class& value, std::string_view spec,
                       std::string_view type_name = "int");

// format(float, spec). With no type, like repr() but with a precision it behaves like 'g'
// that keeps at least one digit after the point ('1e+16', '1.0', '1.23e+02' for '.3').
// CPython: Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter
std::string format_float(double value, std::string_view spec, std::string_view type_name = "float");

// format(str, spec). CPython: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter
std::string format_str(std::string_view utf8, std::string_view spec,
                       std::string_view type_name = "str");

}  // namespace al::num
