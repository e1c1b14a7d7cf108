// Text to numbers exactly as CPython 3.11. See number_parse.h.
//
// Index:
//   1. Character helpers and the Unicode-to-ASCII step int() and float() share
//   2. PyLong_FromString                    (long_from_string)
//   3. Gay's strtod syntax, inf and nan    (ascii_strtod, float_from_ascii, strip_underscores)
//   4. Public entry points                  (parse_int, parse_float, parse_*_literal)
#include "engine/runtime/numeric/number_parse.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

#include "engine/runtime/numeric/errors.h"
#include "engine/runtime/numeric/int_ops.h"
#include "engine/runtime/numeric/text.h"

namespace al::num {

namespace {

// 1. Character helpers

// CPython: Include/pyctype.h Py_ISSPACE (ASCII only)
bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// CPython: Objects/longobject.c _PyLong_DigitValue (37 for a non-digit)
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

// Unicode whitespace becomes ' ' and Unicode digits their ASCII form; the first other
// non-ASCII code point becomes '?' and ends the text (it can only be an error then).
// CPython: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII
std::string transform_decimal_and_space(std::string_view utf8) {
  std::string out;
  for (char32_t cp : utf8_decode(utf8)) {
    if (cp < 127) {
      out.push_back(static_cast<char>(cp));
    } else if (is_space(cp)) {
      out.push_back(' ');
    } else {
      int d = decimal_value(cp);
      if (d < 0) {
        out.push_back('?');
        break;
      }
      out.push_back(static_cast<char>('0' + d));
    }
  }
  return out;
}

// "%.200R": the repr, cut to its first 200 code points.
std::string repr_cut(std::string_view utf8, std::size_t max_chars) {
  std::u32string r = utf8_decode(str_repr(utf8));
  if (r.size() > max_chars) r.resize(max_chars);
  return utf8_encode(r);
}

// 2. PyLong_FromString

struct IntParse {
  mpz_class value;
  std::size_t end = 0;  // where parsing stopped
  bool ok = false;
};

// Reads one integer from s, which must end with a NUL (an embedded NUL stops it too).
// CPython: Objects/longobject.c PyLong_FromString
IntParse long_from_string(const std::string& s, int base) {
  IntParse r;
  const char* str = s.c_str();
  const char* const orig = str;
  auto fail = [&](const char* at) {
    r.ok = false;
    r.end = static_cast<std::size_t>(at - orig);
    return r;
  };
  while (*str != '\0' && is_ascii_space(*str)) ++str;
  int sign = 1;
  if (*str == '+') {
    ++str;
  } else if (*str == '-') {
    ++str;
    sign = -1;
  }
  bool error_if_nonzero = false;
  if (base == 0) {
    if (str[0] != '0')
      base = 10;
    else if (str[1] == 'x' || str[1] == 'X')
      base = 16;
    else if (str[1] == 'o' || str[1] == 'O')
      base = 8;
    else if (str[1] == 'b' || str[1] == 'B')
      base = 2;
    else {
      // An old C-style octal literal is invalid, but it may still be a zero.
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (str[0] == '0' && ((base == 16 && (str[1] == 'x' || str[1] == 'X')) ||
                        (base == 8 && (str[1] == 'o' || str[1] == 'O')) ||
                        (base == 2 && (str[1] == 'b' || str[1] == 'B')))) {
    str += 2;
    if (*str == '_') ++str;  // one underscore may follow the prefix
  }
  if (str[0] == '_') return fail(str);

  const char* start = str;
  std::string digits;
  char prev = '\0';
  while (digit_value(*str) < base || *str == '_') {
    if (*str == '_') {
      if (prev == '_') return fail(str);
    } else {
      digits.push_back(*str);
    }
    prev = *str;
    ++str;
  }
  if (prev == '_') return fail(str);
  bool power_of_two = (base & (base - 1)) == 0;
  int limit = int_max_str_digits();
  // CPython: Objects/longobject.c _PY_LONG_MAX_STR_DIGITS_THRESHOLD is 640.
  if (!power_of_two && digits.size() > 640 && limit > 0 &&
      digits.size() > static_cast<std::size_t>(limit))
    throw ValueError(max_str_digits_to_int_message(limit, digits.size()));
  if (!digits.empty()) r.value.set_str(digits, base);
  if (error_if_nonzero && r.value != 0) return fail(str);
  if (str == start) return fail(str);
  if (sign < 0) r.value = -r.value;
  while (*str != '\0' && is_ascii_space(*str)) ++str;
  if (*str != '\0') return fail(str);
  r.ok = true;
  r.end = static_cast<std::size_t>(str - orig);
  return r;
}

// 3. Floats

bool match_ci(std::string_view text, std::size_t pos, std::string_view word) {
  if (text.size() - pos < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

// Parses the longest prefix of text that is a float (Gay's strtod syntax, then inf/nan);
// sets *end to its length (0 when nothing matched). CPython: Python/pystrtod.c
// _PyOS_ascii_strtod and _Py_parse_inf_or_nan
double ascii_strtod(std::string_view text, std::size_t* end) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::size_t int_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  std::string_view int_digits = text.substr(int_start, i - int_start);
  std::string_view frac_digits;
  if (i < text.size() && text[i] == '.') {
    std::size_t frac_start = ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
    frac_digits = text.substr(frac_start, i - frac_start);
  }
  if (int_digits.empty() && frac_digits.empty()) {
    // Not a decimal number: maybe an infinity or a nan.
    std::size_t j = text.size() > 0 && (text[0] == '+' || text[0] == '-') ? 1 : 0;
    if (match_ci(text, j, "inf")) {
      j += 3;
      if (match_ci(text, j, "inity")) j += 5;
      *end = j;
      return negative ? -std::numeric_limits<double>::infinity()
                      : std::numeric_limits<double>::infinity();
    }
    if (match_ci(text, j, "nan")) {
      *end = j + 3;
      return std::copysign(std::numeric_limits<double>::quiet_NaN(), negative ? -1.0 : 1.0);
    }
    *end = 0;
    return -1.0;
  }
  std::string_view exp_digits;
  bool exp_negative = false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    // The exponent counts only if digits follow; otherwise the number ends before the 'e'.
    std::size_t j = i + 1;
    bool eneg = false;
    if (j < text.size() && (text[j] == '+' || text[j] == '-')) eneg = text[j++] == '-';
    std::size_t exp_start = j;
    while (j < text.size() && is_digit(text[j])) ++j;
    if (j > exp_start) {
      exp_digits = text.substr(exp_start, j - exp_start);
      exp_negative = eneg;
      i = j;
    }
  }
  *end = i;

  std::string normalized = negative ? "-" : "";
  normalized += int_digits.empty() ? std::string_view("0") : int_digits;
  normalized += '.';
  normalized += frac_digits;
  if (!exp_digits.empty()) {
    normalized += exp_negative ? "e-" : "e";
    normalized += exp_digits;
  }
  double value = 0.0;
  auto [ptr, ec] = std::from_chars(normalized.data(), normalized.data() + normalized.size(), value);
  if (ec == std::errc::result_out_of_range) {
    // Decide between overflow and underflow from the decimal magnitude.
    std::string all(int_digits);
    all += frac_digits;
    std::size_t first = all.find_first_not_of('0');
    long long exponent = 0;
    bool huge_exponent = exp_digits.size() > 12;
    if (!huge_exponent && !exp_digits.empty()) {
      std::from_chars(exp_digits.data(), exp_digits.data() + exp_digits.size(), exponent);
      if (exp_negative) exponent = -exponent;
    }
    long long magnitude = static_cast<long long>(int_digits.size()) -
                          static_cast<long long>(first == std::string::npos ? 0 : first);
    bool overflow = huge_exponent ? !exp_negative : magnitude + exponent > 0;
    value = overflow ? std::numeric_limits<double>::infinity() : 0.0;
    if (negative) value = -value;
  }
  return value;
}

// CPython: Objects/floatobject.c float_from_string_inner
bool float_from_ascii(std::string_view s, double* out) {
  std::size_t begin = 0, last = s.size();
  while (begin < last && is_ascii_space(s[begin])) ++begin;
  if (begin == last) return false;
  while (last - 1 > begin && is_ascii_space(s[last - 1])) --last;
  std::string_view body = s.substr(begin, last - begin);
  std::size_t end = 0;
  double x = ascii_strtod(body, &end);
  if (end == 0 || end != body.size()) return false;
  *out = x;
  return true;
}

// Drops underscores, which are allowed only between digits.
// CPython: Python/pystrtod.c _Py_string_to_number_with_underscores
bool strip_underscores(std::string_view s, std::string* out) {
  char prev = '\0';
  for (char c : s) {
    if (c == '\0') return false;
    if (c == '_') {
      if (!is_digit(prev)) return false;
    } else {
      out->push_back(c);
      if (prev == '_' && !is_digit(c)) return false;
    }
    prev = c;
  }
  return prev != '_';
}

}  // namespace

// 4. Public entry points

mpz_class parse_int(std::string_view text, int base) {
  if ((base != 0 && base < 2) || base > 36)
    throw ValueError("int() base must be >= 2 and <= 36, or 0");
  std::string ascii = transform_decimal_and_space(text);
  IntParse r = long_from_string(ascii, base);
  if (!r.ok || r.end != ascii.size())
    throw ValueError("invalid literal for int() with base " + std::to_string(base) + ": " +
                     repr_cut(text, 200));
  return r.value;
}

double parse_float(std::string_view text) {
  std::string ascii = transform_decimal_and_space(text);
  std::string cleaned;
  bool ok = true;
  if (ascii.find('_') != std::string::npos) {
    ok = strip_underscores(ascii, &cleaned);
  } else {
    cleaned = ascii;
  }
  double value = 0.0;
  if (!ok || cleaned.find('\0') != std::string::npos || !float_from_ascii(cleaned, &value))
    throw ValueError("could not convert string to float: " + str_repr(text));
  return value;
}

mpz_class parse_int_literal(std::string_view token) {
  std::string digits;
  for (char c : token)
    if (c != '_') digits.push_back(c);
  int base = 10;
  std::size_t skip = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    char p = digits[1];
    if (p == 'x' || p == 'X')
      base = 16;
    else if (p == 'o' || p == 'O')
      base = 8;
    else if (p == 'b' || p == 'B')
      base = 2;
    if (base != 10) skip = 2;
  }
  std::string_view body = std::string_view(digits).substr(skip);
  int limit = int_max_str_digits();
  if (base == 10 && limit > 0 && body.size() > static_cast<std::size_t>(limit))
    throw ValueError(max_str_digits_to_int_message(limit, body.size()));
  mpz_class value;
  if (body.empty() || value.set_str(std::string(body), base) != 0)
    throw ValueError("invalid integer literal: " + std::string(token));
  return value;
}

double parse_float_literal(std::string_view token) {
  std::string cleaned;
  double value = 0.0;
  if (!strip_underscores(token, &cleaned) || !float_from_ascii(cleaned, &value))
    throw ValueError("invalid float literal: " + std::string(token));
  return value;
}

}  // namespace al::num
