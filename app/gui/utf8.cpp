#include "app/gui/utf8.h"

namespace al::gui {

namespace {
bool is_cont(unsigned char c) {
  return (c & 0xC0) == 0x80;
}
}  // namespace

char32_t utf8_next(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    ++i;
    return c < 0x80 ? c : 0xFFFD;
  }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if (!is_cont(cc)) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += n;
  return cp;
}

void utf8_append(std::string& out, char32_t c) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t utf8_floor(std::string_view s, std::size_t i) {
  if (i >= s.size()) return s.size();
  while (i > 0 && is_cont(static_cast<unsigned char>(s[i]))) --i;
  return i;
}

std::size_t utf8_step_forward(std::string_view s, std::size_t i) {
  if (i >= s.size()) return s.size();
  std::size_t j = i;
  utf8_next(s, j);
  return j;
}

std::size_t utf8_step_back(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  return utf8_floor(s, i - 1);
}

}  // namespace al::gui
