// Text to numbers exactly as CPython 3.11: int(str, base), float(str), and the values of the
// lexer's numeric literal tokens. Errors are al::num::Error (errors.h) with CPython's texts.
#pragma once

#include <gmpxx.h>

#include <string_view>

namespace al::num {

// int(text, base) for a str (UTF-8). base is 0 (infer from a 0x/0o/0b prefix; a nonzero value
// with a leading 0 is refused) or 2..36. Accepts surrounding whitespace (Unicode included),
// one sign, single underscores between digits (and after a base prefix), Unicode decimal
// digits. Errors: ValueError "int() base must be >= 2 and <= 36, or 0",
// "invalid literal for int() with base N: <repr(text) cut to 200 chars>", and the
// int_max_str_digits() limit text for long non-power-of-two-base inputs.
// CPython: Objects/longobject.c PyLong_FromUnicodeObject and PyLong_FromString
mpz_class parse_int(std::string_view text, int base);

// float(text) for a str (UTF-8): surrounding whitespace, sign, decimal with optional exponent,
// underscores between digits, "inf"/"infinity"/"nan" in any case; out-of-range values become
// inf or 0.0. Error: ValueError "could not convert string to float: <repr(text)>".
// CPython: Objects/floatobject.c PyFloat_FromString, Python/pystrtod.c _PyOS_ascii_strtod
double parse_float(std::string_view text);

// The value of a valid integer literal token ("123", "0x_ff", "0o17", "0b1", "1_000", "00").
// A decimal literal longer than int_max_str_digits() throws ValueError with the limit text;
// CPython reports it as a SyntaxError with the suffix
// " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
// CPython: Parser/pegen.c parsenumber_raw
mpz_class parse_int_literal(std::string_view token);

// The value of a valid float literal token ("1.5", "1e10", "1_0.0_1", ".5", "5."); too large
// values are inf, as in CPython.
double parse_float_literal(std::string_view token);

}  // namespace al::num
