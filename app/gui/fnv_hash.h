// FNV-1a, 64-bit: a stable hash of text for file names and the state dump (std::hash may
// differ between standard libraries).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace al::gui {

inline std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

// The hash as 16 lowercase hex digits.
inline std::string fnv1a_hex(std::string_view s) {
  static const char digits[] = "0123456789abcdef";
  std::uint64_t h = fnv1a(s);
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = digits[h & 0xF];
  return out;
}

}  // namespace al::gui
