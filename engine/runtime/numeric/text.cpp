// UTF-8 helpers and CPython's str repr. See text.h.
#include "engine/runtime/numeric/text.h"

namespace al::num {

char32_t utf8_next(std::string_view text, std::size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t i = *pos;
  unsigned char b = s[i];
  int extra = b < 0x80             ? 0
              : (b & 0xE0) == 0xC0 ? 1
              : (b & 0xF0) == 0xE0 ? 2
              : (b & 0xF8) == 0xF0 ? 3
                                   : -1;
  char32_t cp = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
  bool ok = extra >= 0 && i + static_cast<std::size_t>(extra) < text.size();
  for (int k = 1; ok && k <= extra; ++k) {
    if ((s[i + k] & 0xC0) != 0x80)
      ok = false;
    else
      cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  // Overlong forms and values past U+10FFFF are invalid: they escape byte by byte.
  static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
  if (ok && (cp < kMin[extra] || cp > 0x10FFFF)) ok = false;
  if (!ok) {
    *pos = i + 1;
    return 0xDC00 + b;
  }
  *pos = i + 1 + static_cast<std::size_t>(extra);
  return cp;
}

std::u32string utf8_decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) out.push_back(utf8_next(text, &pos));
  return out;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string utf8_encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) utf8_append(out, cp);
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) utf8_next(text, &pos);
  return count;
}

bool is_space(char32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x1F:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

int decimal_value(char32_t cp) {
  // The zero of every run of ten decimal digits in Unicode 14.0 (Python 3.11's database),
  // listed with python3's unicodedata.decimal().
  static constexpr char32_t kZeros[] = {
      0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
      0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,
      0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,
      0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066,
      0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
      0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
      0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
  };
  for (char32_t zero : kZeros) {
    if (cp < zero) return -1;
    if (cp < zero + 10) return static_cast<int>(cp - zero);
  }
  return -1;
}

bool is_printable(char32_t cp) {
  // Ranges of categories Cc, Cf, Cs, Co, Zl, Zp and Zs (except ' ') plus non-characters.
  struct Range {
    char32_t lo, hi;
  };
  static constexpr Range kNonPrintable[] = {
      {0x0000, 0x001F},    {0x007F, 0x00A0},   {0x00AD, 0x00AD},   {0x0600, 0x0605},
      {0x061C, 0x061C},    {0x06DD, 0x06DD},   {0x070F, 0x070F},   {0x0890, 0x0891},
      {0x08E2, 0x08E2},    {0x1680, 0x1680},   {0x180E, 0x180E},   {0x2000, 0x200F},
      {0x2028, 0x202F},    {0x205F, 0x2064},   {0x2066, 0x206F},   {0x3000, 0x3000},
      {0xD800, 0xF8FF},    {0xFDD0, 0xFDEF},   {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},
      {0xFFFE, 0xFFFF},    {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x13438},
      {0x1BCA0, 0x1BCA3},  {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F},
      {0xF0000, 0x10FFFF},
  };
  if (cp >= 0x20 && cp < 0x7F) return true;
  if ((cp & 0xFFFE) == 0xFFFE) return false;
  for (const Range& r : kNonPrintable) {
    if (cp < r.lo) return true;
    if (cp <= r.hi) return false;
  }
  return true;
}

namespace {

void append_hex(std::string& out, char32_t value, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
    out.push_back(kHex[(value >> shift) & 0xF]);
}

// CPython: Objects/unicodeobject.c unicode_repr (ascii_only mirrors ascii()'s escaping).
std::string repr_impl(std::string_view utf8, bool ascii_only) {
  std::u32string cps = utf8_decode(utf8);
  bool has_single = false, has_double = false;
  for (char32_t c : cps) {
    has_single |= c == U'\'';
    has_double |= c == U'"';
  }
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(cps.size() + 2);
  out.push_back(quote);
  for (char32_t c : cps) {
    if (c == static_cast<char32_t>(quote) || c == U'\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == U'\t') {
      out += "\\t";
    } else if (c == U'\n') {
      out += "\\n";
    } else if (c == U'\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      append_hex(out, c, 2);
    } else if (c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else if (!ascii_only && is_printable(c)) {
      utf8_append(out, c);
    } else if (c <= 0xFF) {
      out += "\\x";
      append_hex(out, c, 2);
    } else if (c <= 0xFFFF) {
      out += "\\u";
      append_hex(out, c, 4);
    } else {
      out += "\\U";
      append_hex(out, c, 8);
    }
  }
  out.push_back(quote);
  return out;
}

}  // namespace

std::string str_repr(std::string_view utf8) {
  return repr_impl(utf8, false);
}
std::string str_ascii(std::string_view utf8) {
  return repr_impl(utf8, true);
}

}  // namespace al::num
