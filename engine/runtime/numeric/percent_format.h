// printf-style `str % args` formatting, exactly as CPython 3.11, split into pure pieces: parse
// one conversion spec, then format one value for it. The caller walks the format string, copies
// literal text, fetches arguments (it owns "not enough arguments for format string", "not all
// arguments converted during string formatting", "%d format: a real number is required, not
// str", ...), converts them (int() for %d of a float, str()/repr()/ascii() for %s %r %a), and
// calls these. Errors are al::num::Error (errors.h) with CPython's texts.
// CPython: Objects/unicodeobject.c PyUnicode_Format and its helpers
#pragma once

#include <gmpxx.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace al::num {

// CPython: Objects/unicodeobject.c F_LJUST, F_SIGN, F_BLANK, F_ALT, F_ZERO
enum PercentFlags : unsigned {
  kPctLeft = 1,   // '-'
  kPctSign = 2,   // '+'
  kPctBlank = 4,  // ' '
  kPctAlt = 8,    // '#'
  kPctZero = 16,  // '0'
};

struct PercentSpec {
  bool literal_percent = false;  // "%%": output a single '%', consume no argument
  bool has_key = false;          // "%(key)s"
  std::string key;               // UTF-8, balanced parentheses allowed inside
  unsigned flags = 0;
  std::int64_t width = -1;     // -1 when absent; '*' values are already applied
  int precision = -1;          // -1 when absent
  char32_t type = 0;           // conversion character
  std::size_t type_index = 0;  // code-point index of `type` in the format string
};

// Parses the conversion that starts right after a '%' at byte offset *pos of the UTF-8 format
// string and advances *pos past it. star_arg is called for each '*' (width, then precision:
// its argument says which) and returns that argument as an integer; it raises the caller's
// errors ("* wants int", missing argument, and the OverflowError of a value beyond
// Py_ssize_t for a width or beyond C int for a precision). has_mapping says whether the right
// operand is a mapping; a key without one raises TypeError "format requires a mapping". Errors:
// ValueError "incomplete format", "incomplete format key", "width too big", "precision too big".
// CPython: Objects/unicodeobject.c unicode_format_arg_parse
PercentSpec parse_percent_spec(std::string_view format, std::size_t* pos,
                               const std::function<std::int64_t(bool is_precision)>& star_arg,
                               bool has_mapping);

// Whether the conversion takes an int (d i u o x X), a float (e E f F g G), a character (c)
// or text (s r a).
bool percent_is_int_type(char32_t type);
bool percent_is_float_type(char32_t type);
bool percent_is_text_type(char32_t type);

// ValueError text for any other conversion character:
// "unsupported format character 'y' (0x79) at index 1".
std::string percent_unsupported_message(const PercentSpec& spec);

// %d %i %u %o %x %X of an int. CPython: Objects/unicodeobject.c _PyUnicode_FormatLong
std::string percent_format_int(const mpz_class& value, const PercentSpec& spec);
// %e %E %f %F %g %G of a float. CPython: Objects/unicodeobject.c formatfloat
std::string percent_format_float(double value, const PercentSpec& spec);
// %c of an int: the code point, OverflowError "%c arg not in range(0x110000)".
// (A one-character str is passed to percent_format_char directly; anything else is the
// caller's TypeError "%c requires int or char".)
char32_t percent_char_from_int(const mpz_class& value);
std::string percent_format_char(char32_t ch, const PercentSpec& spec);
// %s %r %a: text is str(), repr() or ascii() of the argument (UTF-8).
std::string percent_format_text(std::string_view text, const PercentSpec& spec);

}  // namespace al::num
