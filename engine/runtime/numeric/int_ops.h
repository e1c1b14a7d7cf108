// Python int semantics over GMP integers: floor division, modulo, shifts, pow, round, bytes,
// and base conversion with CPython 3.11's exact error texts (errors are al::num::Error, see
// errors.h). Conversions between int and float live in int_float.h.
#pragma once

#include <gmpxx.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace al::num {

// sys.get_int_max_str_digits() / sys.set_int_max_str_digits(): the limit (default 4300, 0 means
// none) on decimal digits that int<->str conversions accept. It is process-wide, as CPython's
// is interpreter-wide. set_int_max_str_digits does not validate (the caller raises CPython's
// "maxdigits must be 0 or larger than 640").
int int_max_str_digits();
void set_int_max_str_digits(int limit);
// The ValueError texts of the limit. CPython: Include/internal/pycore_long.h _MAX_STR_DIGITS_*
std::string max_str_digits_to_str_message(int limit);
std::string max_str_digits_to_int_message(int limit, std::size_t digits);

// str(int) in base 10, raising ValueError past int_max_str_digits().
// CPython: Objects/longobject.c long_to_decimal_string
std::string int_to_decimal(const mpz_class& value);
// bin()/oct()/hex() text: base 2, 8 or 16, lowercase, with "0b"/"0o"/"0x" after the sign when
// with_prefix. CPython: Objects/longobject.c _PyLong_Format
std::string int_to_base(const mpz_class& value, int base, bool with_prefix);

// a // b and a % b (result takes the divisor's sign); ZeroDivisionError on b == 0 with
// CPython's texts "integer division or modulo by zero" / "integer modulo by zero".
mpz_class int_floor_div(const mpz_class& a, const mpz_class& b);
mpz_class int_mod(const mpz_class& a, const mpz_class& b);
std::pair<mpz_class, mpz_class> int_divmod(const mpz_class& a, const mpz_class& b);

// a << n and a >> n; ValueError "negative shift count", MemoryError for absurd left shifts.
mpz_class int_lshift(const mpz_class& a, const mpz_class& n);
mpz_class int_rshift(const mpz_class& a, const mpz_class& n);

// int.bit_length() (of the absolute value; 0 for 0).
std::size_t int_bit_length(const mpz_class& value);

// a ** b: an int for b >= 0, a float for b < 0 (computed as float(a) ** float(b), so it can
// raise OverflowError or ZeroDivisionError "0.0 cannot be raised to a negative power").
// MemoryError when the result would not fit in memory. CPython: Objects/longobject.c long_pow
std::variant<mpz_class, double> int_pow(const mpz_class& base, const mpz_class& exponent);
// pow(a, b, m) with CPython's errors "pow() 3rd argument cannot be 0" and
// "base is not invertible for the given modulus"; the result has the sign of m.
mpz_class int_pow_mod(const mpz_class& base, const mpz_class& exponent, const mpz_class& modulus);

// round(value, ndigits) for an int: ndigits >= 0 returns value; otherwise rounds to a multiple
// of 10**-ndigits, ties to even. CPython: Objects/longobject.c long_round
mpz_class int_round(const mpz_class& value, const mpz_class& ndigits);

// int.to_bytes(length, byteorder, signed=...) -> raw bytes, with CPython's OverflowError texts
// ("int too big to convert", "can't convert negative int to unsigned") and
// ValueError "length argument must be non-negative".
std::string int_to_bytes(const mpz_class& value, std::int64_t length, bool little_endian,
                         bool is_signed);
// int.from_bytes(bytes, byteorder, signed=...).
mpz_class int_from_bytes(std::string_view bytes, bool little_endian, bool is_signed);

}  // namespace al::num
