// Float to text exactly as CPython 3.11. See float_repr.h.
#include "engine/runtime/numeric/float_repr.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace al::num {

namespace {

// The decimal digits of a finite double as Gay's dtoa returns them: no trailing zeros (a zero
// result is "0"), and decpt such that the value is 0.DIGITS * 10**decpt.
struct DecimalDigits {
  std::string digits;
  long decpt = 1;
  bool negative = false;
};

enum class DigitMode { Shortest, Significant, Fixed };

// Splits to_chars output ("d.ddde+XX" or "ddd.ddd") into digits and decimal point position.
DecimalDigits decimal_digits(double value, DigitMode mode, int precision) {
  DecimalDigits out;
  out.negative = std::signbit(value);
  double magnitude = std::fabs(value);
  std::string buf;
  std::to_chars_result res{};
  if (mode == DigitMode::Fixed) {
    buf.resize(330 + static_cast<std::size_t>(precision));
    res = std::to_chars(buf.data(), buf.data() + buf.size(), magnitude, std::chars_format::fixed,
                        precision);
  } else {
    buf.resize(32 + static_cast<std::size_t>(precision));
    res = mode == DigitMode::Shortest
              ? std::to_chars(buf.data(), buf.data() + buf.size(), magnitude,
                              std::chars_format::scientific)
              : std::to_chars(buf.data(), buf.data() + buf.size(), magnitude,
                              std::chars_format::scientific, precision - 1);
  }
  std::string_view text(buf.data(), static_cast<std::size_t>(res.ptr - buf.data()));
  std::string all;
  long int_digits = 0;
  if (mode == DigitMode::Fixed) {
    std::size_t dot = text.find('.');
    int_digits = static_cast<long>(dot == std::string_view::npos ? text.size() : dot);
    for (char c : text)
      if (c != '.') all.push_back(c);
  } else {
    std::size_t e = text.find('e');
    for (char c : text.substr(0, e))
      if (c != '.') all.push_back(c);
    long exponent = 0;
    std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(),
                    exponent);
    int_digits = exponent + 1;
  }
  std::size_t first = all.find_first_not_of('0');
  if (first == std::string::npos) {
    out.digits.assign(1, '0');
    out.decpt = 1;
    return out;
  }
  std::size_t last = all.find_last_not_of('0');
  out.digits = all.substr(first, last - first + 1);
  out.decpt = int_digits - static_cast<long>(first);
  return out;
}

}  // namespace

// CPython: Python/pystrtod.c PyOS_double_to_string and format_float_short
std::string double_to_string(double value, char format_code, int precision, unsigned flags) {
  bool upper = format_code == 'E' || format_code == 'F' || format_code == 'G';
  char code = upper ? static_cast<char>(format_code - 'A' + 'a') : format_code;
  bool add_sign = flags & kDtsfSign;
  bool add_dot_0 = flags & kDtsfAddDot0;
  bool alt = flags & kDtsfAlt;

  std::string out;
  if (std::isnan(value) || std::isinf(value)) {
    // The sign of a nan is never shown.
    if (std::isinf(value) && value < 0)
      out.push_back('-');
    else if (add_sign)
      out.push_back('+');
    out += std::isinf(value) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
    return out;
  }

  DigitMode mode = DigitMode::Shortest;
  if (code == 'e') {
    mode = DigitMode::Significant;
    precision += 1;
  } else if (code == 'f') {
    mode = DigitMode::Fixed;
  } else if (code == 'g') {
    mode = DigitMode::Significant;
    if (precision == 0) precision = 1;
  }
  DecimalDigits d = decimal_digits(value, mode, precision);
  if ((flags & kDtsfNoNeg0) && d.digits == "0") d.negative = false;

  const long digits_len = static_cast<long>(d.digits.size());
  long decpt = d.decpt;
  long vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:  // 'r': exponent form from 1e16 on
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  long exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // The output is the slice [vdigits_start, vdigits_end) of the digits padded with zeros on
  // both sides, with the decimal point inside it.
  long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = std::max(vdigits_end, decpt + 1);
  else
    vdigits_end = std::max(vdigits_end, decpt);

  if (d.negative)
    out.push_back('-');
  else if (add_sign)
    out.push_back('+');
  if (decpt <= 0) {
    out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<std::size_t>(-decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(d.digits, 0, static_cast<std::size_t>(decpt));
    out.push_back('.');
    out.append(d.digits, static_cast<std::size_t>(decpt));
  } else {
    out += d.digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<std::size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    // C's "%+.02d": a sign and at least two digits.
    out.push_back(upper ? 'E' : 'e');
    out.push_back(exp < 0 ? '-' : '+');
    std::string digits = std::to_string(exp < 0 ? -exp : exp);
    if (digits.size() < 2) out.push_back('0');
    out += digits;
  }
  return out;
}

std::string float_repr(double value) {
  return double_to_string(value, 'r', 0, kDtsfAddDot0);
}

}  // namespace al::num
