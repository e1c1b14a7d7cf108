// printf-style formatting as CPython 3.11. See percent_format.h.
#include "engine/runtime/numeric/percent_format.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <limits>

#include "engine/runtime/numeric/errors.h"
#include "engine/runtime/numeric/float_repr.h"
#include "engine/runtime/numeric/int_ops.h"
#include "engine/runtime/numeric/text.h"

namespace al::num {

namespace {

// Pads and signs a converted value. `numeric` is CPython's arg->sign: true for numbers,
// whose sign is moved in front of zero padding and whose "0x" prefix stays in front of it.
// CPython: Objects/unicodeobject.c unicode_format_arg_output
std::string format_arg_output(const std::u32string& str, const PercentSpec& spec, bool numeric) {
  unsigned flags = spec.flags;
  std::int64_t width = spec.width;
  char32_t fill = numeric && (flags & kPctZero) ? U'0' : U' ';
  auto len = static_cast<std::int64_t>(str.size());
  if ((width == -1 || width <= len) && (spec.precision == -1 || spec.precision >= len) &&
      !(flags & (kPctSign | kPctBlank)))
    return utf8_encode(str);
  if (percent_is_text_type(spec.type) && spec.precision >= 0 && len > spec.precision)
    len = spec.precision;

  std::size_t pindex = 0;
  char32_t signchar = 0;
  bool sign = numeric;
  if (sign) {
    char32_t ch = str[0];
    if (ch == U'-' || ch == U'+') {
      signchar = ch;
      --len;
      ++pindex;
    } else if (flags & kPctSign) {
      signchar = U'+';
    } else if (flags & kPctBlank) {
      signchar = U' ';
    } else {
      sign = false;
    }
  }
  if (width < len) width = len;

  std::u32string out;
  bool prefix = (flags & kPctAlt) && (spec.type == U'x' || spec.type == U'X' || spec.type == U'o');
  if (sign) {
    if (fill != U' ') out.push_back(signchar);
    if (width > len) --width;
  }
  if (prefix) {
    if (fill != U' ') {
      out.push_back(U'0');
      out.push_back(spec.type);
      pindex += 2;
    }
    width = std::max<std::int64_t>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !(flags & kPctLeft)) {
    out.append(static_cast<std::size_t>(width - len), fill);
    width = len;
  }
  if (fill == U' ') {
    if (sign) out.push_back(signchar);
    if (prefix) {
      out.push_back(U'0');
      out.push_back(spec.type);
      pindex += 2;
    }
  }
  out.append(str, pindex, static_cast<std::size_t>(len));
  if (width > len) out.append(static_cast<std::size_t>(width - len), U' ');
  return utf8_encode(out);
}

std::u32string ascii_to_u32(const std::string& s) {
  return std::u32string(s.begin(), s.end());
}

}  // namespace

PercentSpec parse_percent_spec(std::string_view format, std::size_t* pos,
                               const std::function<std::int64_t(bool is_precision)>& star_arg,
                               bool has_mapping) {
  // Positions in messages are code-point indexes, as in CPython.
  std::size_t index = utf8_length(format.substr(0, *pos));
  PercentSpec spec;
  auto at_end = [&] { return *pos >= format.size(); };
  auto peek = [&] {
    std::size_t p = *pos;
    return utf8_next(format, &p);
  };
  auto next = [&]() -> char32_t {
    if (at_end()) throw ValueError("incomplete format");
    ++index;
    return utf8_next(format, pos);
  };
  if (!at_end() && peek() == U'%') {
    spec.literal_percent = true;
    spec.type = next();
    spec.type_index = index - 1;
    return spec;
  }
  if (!at_end() && peek() == U'(') {
    if (!has_mapping) throw TypeError("format requires a mapping");
    next();
    std::size_t key_start = *pos;
    std::size_t key_end = *pos;
    int depth = 1;
    while (depth > 0 && !at_end()) {
      key_end = *pos;
      char32_t c = next();
      if (c == U')')
        --depth;
      else if (c == U'(')
        ++depth;
    }
    if (depth > 0) throw ValueError("incomplete format key");
    spec.has_key = true;
    spec.key = std::string(format.substr(key_start, key_end - key_start));
  }
  char32_t ch = next();
  for (;; ch = next()) {
    if (ch == U'-')
      spec.flags |= kPctLeft;
    else if (ch == U'+')
      spec.flags |= kPctSign;
    else if (ch == U' ')
      spec.flags |= kPctBlank;
    else if (ch == U'#')
      spec.flags |= kPctAlt;
    else if (ch == U'0')
      spec.flags |= kPctZero;
    else
      break;
  }
  if (ch == U'*') {
    std::int64_t w = star_arg(false);
    if (w < 0) {
      spec.flags |= kPctLeft;
      w = w == std::numeric_limits<std::int64_t>::min() ? std::numeric_limits<std::int64_t>::max()
                                                        : -w;
    }
    spec.width = w;
    ch = next();
  } else if (ch >= U'0' && ch <= U'9') {
    std::int64_t w = ch - U'0';
    for (ch = next(); ch >= U'0' && ch <= U'9'; ch = next()) {
      if (w > (std::numeric_limits<std::int64_t>::max() - (ch - U'0')) / 10)
        throw ValueError("width too big");
      w = w * 10 + (ch - U'0');
    }
    spec.width = w;
  }
  if (ch == U'.') {
    spec.precision = 0;
    ch = next();
    if (ch == U'*') {
      std::int64_t p = star_arg(true);
      spec.precision = p < 0 ? 0 : static_cast<int>(std::min<std::int64_t>(p, INT_MAX));
      ch = next();
    } else if (ch >= U'0' && ch <= U'9') {
      int p = static_cast<int>(ch - U'0');
      for (ch = next(); ch >= U'0' && ch <= U'9'; ch = next()) {
        if (p > (INT_MAX - static_cast<int>(ch - U'0')) / 10) throw ValueError("precision too big");
        p = p * 10 + static_cast<int>(ch - U'0');
      }
      spec.precision = p;
    }
  }
  // Length modifiers are accepted and ignored.
  if (ch == U'h' || ch == U'l' || ch == U'L') ch = next();
  spec.type = ch;
  spec.type_index = index - 1;
  return spec;
}

bool percent_is_int_type(char32_t t) {
  return t == U'd' || t == U'i' || t == U'u' || t == U'o' || t == U'x' || t == U'X';
}
bool percent_is_float_type(char32_t t) {
  return t == U'e' || t == U'E' || t == U'f' || t == U'F' || t == U'g' || t == U'G';
}
bool percent_is_text_type(char32_t t) {
  return t == U's' || t == U'r' || t == U'a';
}

std::string percent_unsupported_message(const PercentSpec& spec) {
  char32_t ch = spec.type;
  char shown = ch >= 31 && ch <= 126 ? static_cast<char>(ch) : '?';
  char buf[96];
  std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", shown,
                static_cast<unsigned>(ch), spec.type_index);
  return buf;
}

std::string percent_format_int(const mpz_class& value, const PercentSpec& spec) {
  // CPython: Objects/unicodeobject.c _PyUnicode_FormatLong
  int prec = spec.precision;
  if (prec > INT_MAX - 3) throw OverflowError("precision too large");
  char type = static_cast<char>(spec.type);
  bool alt = spec.flags & kPctAlt;
  int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  bool negative = value < 0;
  std::string digits = int_to_base(abs(value), base, false);
  const char* prefix = !alt || base == 10 ? "" : base == 8 ? "0o" : "0x";
  std::string text = negative ? "-" : "";
  text += prefix;
  if (prec > static_cast<int>(digits.size()))
    text.append(static_cast<std::size_t>(prec) - digits.size(), '0');
  text += digits;
  if (type == 'X')
    for (char& c : text)
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
  return format_arg_output(ascii_to_u32(text), spec, true);
}

std::string percent_format_float(double value, const PercentSpec& spec) {
  int prec = spec.precision < 0 ? 6 : spec.precision;
  unsigned flags = spec.flags & kPctAlt ? kDtsfAlt : 0u;
  std::string text = double_to_string(value, static_cast<char>(spec.type), prec, flags);
  return format_arg_output(ascii_to_u32(text), spec, true);
}

char32_t percent_char_from_int(const mpz_class& value) {
  if (value < 0 || value > 0x10FFFF) throw OverflowError("%c arg not in range(0x110000)");
  return static_cast<char32_t>(value.get_ui());
}

std::string percent_format_char(char32_t ch, const PercentSpec& spec) {
  return format_arg_output(std::u32string(1, ch), spec, false);
}

std::string percent_format_text(std::string_view text, const PercentSpec& spec) {
  return format_arg_output(utf8_decode(text), spec, false);
}

}  // namespace al::num
