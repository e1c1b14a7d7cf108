// UTF-8 helpers, str repr/ascii and the Unicode predicates; expected values computed with
// python3 (CPython 3.11, Unicode 14.0) by gen_cases.py.
#include "engine/runtime/numeric/text.h"

#include <vector>

#include "tests/engine/runtime/numeric/case_table.h"

using al::test::Json;

namespace {

std::string bytes_of(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}

bool in_ranges(const Json& ranges, char32_t cp) {
  for (const auto& r : ranges)
    if (cp >= r[0].get<char32_t>() && cp <= r[1].get<char32_t>()) return true;
  return false;
}

}  // namespace

TEST_CASE("str_repr and str_ascii match CPython repr() and ascii()", "[text]") {
  for (const auto& c : al::test::load_cases("text")) {
    std::string s = bytes_of(c["s"].get<std::string>());
    INFO("case: " << c.dump());
    CHECK(al::num::str_repr(s) == c["repr"].get<std::string>());
    CHECK(al::num::str_ascii(s) == c["ascii"].get<std::string>());
    CHECK(al::num::utf8_length(s) == c["len"].get<std::size_t>());
    CHECK(al::num::utf8_encode(al::num::utf8_decode(s)) == s);
  }
}

TEST_CASE("Unicode predicates match CPython's database", "[text]") {
  Json tables = al::test::load_cases("unicode");
  // Flatten the range lists into per-code-point flags once.
  std::vector<char> unassigned(0x110000, 0), nonprintable(0x110000, 0), space(0x110000, 0);
  auto mark = [](std::vector<char>& v, const Json& ranges) {
    for (const auto& r : ranges)
      for (char32_t cp = r[0].get<char32_t>(); cp <= r[1].get<char32_t>(); ++cp) v[cp] = 1;
  };
  mark(unassigned, tables["unassigned"]);
  mark(nonprintable, tables["nonprintable_assigned"]);
  mark(space, tables["space"]);
  std::vector<int> decimal(0x110000, -1);
  for (const auto& d : tables["decimal"]) decimal[d[0].get<char32_t>()] = d[1].get<int>();
  std::size_t printable_mismatches = 0, space_mismatches = 0, decimal_mismatches = 0;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    if (!unassigned[cp] && al::num::is_printable(cp) == static_cast<bool>(nonprintable[cp]))
      ++printable_mismatches;
    if (al::num::is_space(cp) != static_cast<bool>(space[cp])) ++space_mismatches;
    if (al::num::decimal_value(cp) != decimal[cp]) ++decimal_mismatches;
  }
  CHECK(printable_mismatches == 0);
  CHECK(space_mismatches == 0);
  CHECK(decimal_mismatches == 0);
  CHECK_FALSE(in_ranges(tables["unassigned"], U'a'));
}

TEST_CASE("utf8_decode escapes invalid bytes", "[text]") {
  std::u32string cps = al::num::utf8_decode("a\xff\xc3");
  CHECK(cps == std::u32string{U'a', 0xDCFF, 0xDCC3});
  CHECK(al::num::utf8_decode("\xed\xa0\x80") == std::u32string{0xD800});
}
