// Lookup of Unicode character names over the tables gen_unicode_names writes at build time
// from the unicode-data package (CPython: Modules/unicodedata.c _getcode, find_syllable).
#include "engine/compiler/unicode_names.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace al::unicode {

namespace {

struct NameEntry {
  const char* name;
  char32_t code;
};

struct CodeRange {
  char32_t first, last;
};

#include "unicode_names_data.inc"

constexpr char32_t kHangulBase = 0xAC00;

char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// The longest short name in `table` that `s` starts with, as CPython's find_syllable picks it;
// -1 when none (the empty short name always matches where the table has one).
int find_syllable(std::string_view s, const char* const* table, int count, std::size_t& len) {
  int found = -1;
  long best = -1;
  for (int i = 0; i < count; ++i) {
    std::size_t n = std::strlen(table[i]);
    if (static_cast<long>(n) <= best || s.substr(0, n) != table[i]) continue;
    best = static_cast<long>(n);
    found = i;
  }
  len = best < 0 ? 0 : static_cast<std::size_t>(best);
  return found;
}

std::optional<char32_t> hangul_syllable(std::string_view s) {
  std::size_t n = 0;
  int l = find_syllable(s, kJamoL, static_cast<int>(std::size(kJamoL)), n);
  s.remove_prefix(n);
  int v = find_syllable(s, kJamoV, static_cast<int>(std::size(kJamoV)), n);
  s.remove_prefix(n);
  int t = find_syllable(s, kJamoT, static_cast<int>(std::size(kJamoT)), n);
  s.remove_prefix(n);
  if (l < 0 || v < 0 || t < 0 || !s.empty()) return std::nullopt;
  return kHangulBase + static_cast<char32_t>((l * static_cast<int>(std::size(kJamoV)) + v) *
                                                 static_cast<int>(std::size(kJamoT)) +
                                             t);
}

std::optional<char32_t> unified_ideograph(std::string_view s) {
  if (s.size() != 4 && s.size() != 5) return std::nullopt;
  char32_t v = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      v = v * 16 + static_cast<char32_t>(c - '0');
    } else if (c >= 'A' && c <= 'F') {
      v = v * 16 + static_cast<char32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
  }
  for (const CodeRange& r : kUnifiedIdeographs) {
    if (v >= r.first && v <= r.last) return v;
  }
  return std::nullopt;
}

}  // namespace

std::optional<char32_t> lookup_name(std::string_view name) {
  constexpr std::string_view hangul = "HANGUL SYLLABLE ";
  constexpr std::string_view cjk = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, hangul.size()) == hangul) return hangul_syllable(name.substr(hangul.size()));
  if (name.substr(0, cjk.size()) == cjk) return unified_ideograph(name.substr(cjk.size()));
  std::string upper(name);
  for (char& c : upper) c = ascii_upper(c);
  auto it = std::lower_bound(
      std::begin(kNames), std::end(kNames), upper,
      [](const NameEntry& e, const std::string& key) { return key.compare(e.name) > 0; });
  if (it == std::end(kNames) || upper != it->name) return std::nullopt;
  return it->code;
}

}  // namespace al::unicode
