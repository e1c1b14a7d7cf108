// The format-spec mini-language as CPython 3.11. See format_spec.h.
//
// Index:
//   1. Errors shared by the value types
//   2. Parsing the spec                  (parse_format_spec)
//   3. Number layout: sign, prefix, padding, digit grouping (calc_number_widths, fill_number)
//   4. int, float and str formatting     (format_int, format_float, format_str)
#include "engine/runtime/numeric/format_spec.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <limits>

#include "engine/runtime/numeric/errors.h"
#include "engine/runtime/numeric/float_repr.h"
#include "engine/runtime/numeric/int_float.h"
#include "engine/runtime/numeric/int_ops.h"
#include "engine/runtime/numeric/text.h"

namespace al::num {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Errors

// A presentation character as CPython prints it in messages: itself when printable ASCII,
// else "\x" and its hex value.
std::string code_text(char32_t code) {
  if (code > 32 && code < 128) return std::string(1, static_cast<char>(code));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(code));
  return buf;
}

// CPython: Python/formatter_unicode.c unknown_presentation_type
[[noreturn]] void unknown_presentation_type(char32_t code, std::string_view type_name) {
  throw ValueError("Unknown format code '" + code_text(code) + "' for object of type '" +
                   std::string(type_name.substr(0, 200)) + "'");
}

// CPython: Python/formatter_unicode.c invalid_thousands_separator_type
[[noreturn]] void invalid_thousands_separator_type(char specifier, char32_t code) {
  throw ValueError(std::string("Cannot specify '") + specifier + "' with '" + code_text(code) +
                   "'.");
}

// ---------------------------------------------------------------------------------------------
// 2. Parsing

bool is_alignment_token(char32_t c) {
  return c == U'<' || c == U'>' || c == U'=' || c == U'^';
}
bool is_sign_element(char32_t c) {
  return c == U' ' || c == U'+' || c == U'-';
}

// Reads decimal digits (any Unicode decimal digit) at pos; returns how many were read.
// CPython: Python/formatter_unicode.c get_integer
std::size_t get_integer(const std::u32string& s, std::size_t* pos, std::int64_t* result) {
  std::int64_t acc = 0;
  std::size_t count = 0;
  for (; *pos < s.size(); ++*pos, ++count) {
    int digit = decimal_value(s[*pos]);
    if (digit < 0) break;
    if (acc > (std::numeric_limits<std::int64_t>::max() - digit) / 10)
      throw ValueError("Too many decimal digits in format string");
    acc = acc * 10 + digit;
  }
  *result = acc;
  return count;
}

// ---------------------------------------------------------------------------------------------
// 3. Number layout

// The pieces of a formatted number, laid out as
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
struct NumberParts {
  char sign_char = 0;             // '-' when the number is negative
  std::string prefix;             // "0x", "0o", "0b" for '#'
  std::string digits;             // the integer digits, grouped and zero-padded
  bool has_decimal = false;       // a '.' follows the digits
  std::string remainder;          // fraction, exponent, '%', "inf", or the 'c' character
  std::size_t remainder_len = 0;  // in code points
};

// Inserts separators every `group` digits from the right (group 0: none) and pads with zeros
// to min_width, separators included, as '0'-fill with '=' alignment requires.
// CPython: Objects/unicodeobject.c _PyUnicode_InsertThousandsGrouping
std::string group_digits(const std::string& digits, std::int64_t min_width, int group, char sep) {
  min_width = std::max<std::int64_t>(0, min_width);
  const std::int64_t sep_len = sep ? 1 : 0;
  std::int64_t remaining = static_cast<std::int64_t>(digits.size());
  std::string out;
  bool use_sep = false;
  auto emit = [&](std::int64_t len) {
    std::int64_t n_zeros = std::max<std::int64_t>(0, len - remaining);
    std::int64_t n_chars = std::max<std::int64_t>(0, std::min(remaining, len));
    std::string piece(static_cast<std::size_t>(n_zeros), '0');
    piece.append(digits, static_cast<std::size_t>(remaining - n_chars),
                 static_cast<std::size_t>(n_chars));
    if (use_sep) piece.push_back(sep);
    out.insert(0, piece);
    use_sep = true;
    remaining -= n_chars;
  };
  if (group > 0) {
    while (true) {
      std::int64_t len =
          std::min<std::int64_t>(group, std::max<std::int64_t>(std::max(remaining, min_width), 1));
      emit(len);
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) return out;
      min_width -= sep_len;
    }
  }
  emit(std::max<std::int64_t>(std::max(remaining, min_width), 1));
  return out;
}

std::string repeat(char32_t fill, std::int64_t count) {
  std::string unit;
  utf8_append(unit, fill);
  std::string out;
  for (std::int64_t i = 0; i < count; ++i) out += unit;
  return out;
}

std::string to_upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// CPython: Python/formatter_unicode.c calc_number_widths and fill_number
std::string fill_number(const FormatSpec& f, const NumberParts& p, int group, char sep,
                        bool upper) {
  char sign = 0;
  if (f.sign == '+')
    sign = p.sign_char == '-' ? '-' : '+';
  else if (f.sign == ' ')
    sign = p.sign_char == '-' ? '-' : ' ';
  else if (p.sign_char == '-')
    sign = '-';
  std::int64_t n_sign = sign ? 1 : 0;
  std::int64_t n_non_digit = n_sign + static_cast<std::int64_t>(p.prefix.size()) +
                             (p.has_decimal ? 1 : 0) + static_cast<std::int64_t>(p.remainder_len);
  std::int64_t min_width = f.fill == U'0' && f.align == U'=' ? f.width - n_non_digit : 0;
  std::string grouped = p.digits.empty() ? "" : group_digits(p.digits, min_width, group, sep);
  std::int64_t padding = f.width - (n_non_digit + static_cast<std::int64_t>(grouped.size()));
  std::int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case U'<':
        rpad = padding;
        break;
      case U'^':
        lpad = padding / 2;
        rpad = padding - lpad;
        break;
      case U'=':
        spad = padding;
        break;
      default:
        lpad = padding;
        break;
    }
  }
  std::string out = repeat(f.fill, lpad);
  if (sign) out.push_back(sign);
  out += upper ? to_upper_ascii(p.prefix) : p.prefix;
  out += repeat(f.fill, spad);
  out += upper ? to_upper_ascii(grouped) : grouped;
  if (p.has_decimal) out.push_back('.');
  out += p.remainder;
  out += repeat(f.fill, rpad);
  return out;
}

// ---------------------------------------------------------------------------------------------
// 4. Value types

// CPython: Python/formatter_unicode.c format_long_internal
std::string format_long_internal(const mpz_class& value, const FormatSpec& f) {
  if (f.precision != -1) throw ValueError("Precision not allowed in integer format specifier");
  if (f.no_neg_0)
    throw ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  NumberParts p;
  if (f.type == U'c') {
    if (f.sign != 0) throw ValueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      throw ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!value.fits_slong_p()) throw OverflowError("Python int too large to convert to C long");
    long x = value.get_si();
    if (x < 0 || x > 0x10FFFF) throw OverflowError("%c arg not in range(0x110000)");
    // The character is laid out as remainder so it is neither grouped nor padded with zeros.
    utf8_append(p.remainder, static_cast<char32_t>(x));
    p.remainder_len = 1;
    return fill_number(f, p, 0, 0, false);
  }
  int base = f.type == U'b' ? 2 : f.type == U'o' ? 8 : (f.type == U'x' || f.type == U'X') ? 16 : 10;
  std::string text = int_to_base(abs(value), base, false);
  p.sign_char = value < 0 ? '-' : 0;
  if (f.alternate && base != 10) p.prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  p.digits = text;
  bool locale = f.type == U'n';  // the C locale: no grouping
  return fill_number(f, p, locale ? 0 : (f.thousands ? f.group_size : 0), locale ? 0 : f.thousands,
                     f.type == U'X');
}

// CPython: Python/formatter_unicode.c format_float_internal
std::string format_float_internal(double value, const FormatSpec& f) {
  if (f.precision > INT_MAX) throw ValueError("precision too big");
  int precision = static_cast<int>(f.precision);
  char type = static_cast<char>(f.type);
  unsigned flags = 0;
  if (f.alternate) flags |= kDtsfAlt;
  if (f.no_neg_0) flags |= kDtsfNoNeg0;
  int default_precision = 6;
  if (type == '\0') {
    // No type: repr-like without a precision, else 'g' keeping a digit after the point.
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    value *= 100;
    add_pct = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  std::string buf = double_to_string(value, type, precision, flags);
  if (add_pct) buf.push_back('%');

  NumberParts p;
  std::size_t i = 0;
  if (buf[0] == '-') {
    p.sign_char = '-';
    i = 1;
  }
  std::size_t digits_end = i;
  while (digits_end < buf.size() && buf[digits_end] >= '0' && buf[digits_end] <= '9') ++digits_end;
  p.digits = buf.substr(i, digits_end - i);
  p.has_decimal = digits_end < buf.size() && buf[digits_end] == '.';
  p.remainder = buf.substr(digits_end + (p.has_decimal ? 1 : 0));
  p.remainder_len = p.remainder.size();
  bool locale = f.type == U'n';
  return fill_number(f, p, locale ? 0 : (f.thousands ? 3 : 0), locale ? 0 : f.thousands, false);
}

}  // namespace

FormatSpec parse_format_spec(std::string_view spec_utf8, char32_t default_type,
                             char32_t default_align, std::string_view type_name) {
  const std::u32string s = utf8_decode(spec_utf8);
  const std::size_t end = s.size();
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  std::size_t pos = 0;
  bool fill_specified = false, align_specified = false;

  if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
    f.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && is_sign_element(s[pos])) f.sign = static_cast<char>(s[pos++]);
  if (end - pos >= 1 && s[pos] == U'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == U'#') {
    f.alternate = true;
    ++pos;
  }
  // A leading '0' means '0' fill, and '=' alignment for numbers, unless given explicitly.
  if (!fill_specified && end - pos >= 1 && s[pos] == U'0') {
    f.fill = U'0';
    if (!align_specified && default_align == U'>') f.align = U'=';
    ++pos;
  }
  std::int64_t width = 0;
  f.width = get_integer(s, &pos, &width) == 0 ? -1 : width;
  if (end - pos >= 1 && s[pos] == U',') {
    f.thousands = ',';
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == U'_') {
    if (f.thousands) throw ValueError("Cannot specify both ',' and '_'.");
    f.thousands = '_';
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == U',' && f.thousands == '_')
    throw ValueError("Cannot specify both ',' and '_'.");
  if (end - pos >= 1 && s[pos] == U'.') {
    ++pos;
    std::int64_t precision = 0;
    if (get_integer(s, &pos, &precision) == 0)
      throw ValueError("Format specifier missing precision");
    f.precision = precision;
  }
  if (end - pos > 1)
    throw ValueError("Invalid format specifier '" + std::string(spec_utf8) +
                     "' for object of type '" + std::string(type_name.substr(0, 200)) + "'");
  if (end - pos == 1) f.type = s[pos++];

  if (f.thousands) {
    switch (f.type) {
      case U'd':
      case U'e':
      case U'f':
      case U'g':
      case U'E':
      case U'G':
      case U'%':
      case U'F':
      case U'\0':
        break;
      case U'b':
      case U'o':
      case U'x':
      case U'X':
        // '_' groups bin/oct/hex digits by four (PEP 515); ',' is not allowed.
        if (f.thousands == '_') {
          f.group_size = 4;
          break;
        }
        invalid_thousands_separator_type(f.thousands, f.type);
      default:
        invalid_thousands_separator_type(f.thousands, f.type);
    }
  }
  return f;
}

std::string format_int(const mpz_class& value, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return int_to_decimal(value);
  FormatSpec f = parse_format_spec(spec, U'd', U'>', type_name);
  switch (f.type) {
    case U'b':
    case U'c':
    case U'd':
    case U'o':
    case U'x':
    case U'X':
    case U'n':
      return format_long_internal(value, f);
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'%':
      return format_float_internal(int_to_double(value), f);
    default:
      unknown_presentation_type(f.type, type_name);
  }
}

std::string format_float(double value, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return float_repr(value);
  FormatSpec f = parse_format_spec(spec, U'\0', U'>', type_name);
  switch (f.type) {
    case U'\0':
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'n':
    case U'%':
      return format_float_internal(value, f);
    default:
      unknown_presentation_type(f.type, type_name);
  }
}

// CPython: Python/formatter_unicode.c format_string_internal
std::string format_str(std::string_view utf8, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return std::string(utf8);
  FormatSpec f = parse_format_spec(spec, U's', U'<', type_name);
  if (f.type != U's') unknown_presentation_type(f.type, type_name);
  if (f.sign == ' ') throw ValueError("Space not allowed in string format specifier");
  if (f.sign != 0) throw ValueError("Sign not allowed in string format specifier");
  if (f.no_neg_0)
    throw ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) throw ValueError("Alternate form (#) not allowed in string format specifier");
  if (f.align == U'=') throw ValueError("'=' alignment not allowed in string format specifier");

  std::u32string text = utf8_decode(utf8);
  auto len = static_cast<std::int64_t>(text.size());
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len))
    return std::string(utf8);
  if (f.precision >= 0 && len >= f.precision) {
    len = f.precision;
    text.resize(static_cast<std::size_t>(len));
  }
  // CPython: Python/formatter_unicode.c calc_padding
  std::int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  std::int64_t lpad = f.align == U'>' ? total - len : f.align == U'^' ? (total - len) / 2 : 0;
  std::int64_t rpad = total - len - lpad;
  return repeat(f.fill, lpad) + utf8_encode(text) + repeat(f.fill, rpad);
}

}  // namespace al::num
