// int(str, base), float(str) and literal values; expected values computed with python3
// (CPython 3.11) by gen_cases.py.
#include "engine/runtime/numeric/number_parse.h"

#include "engine/runtime/numeric/int_ops.h"
#include "tests/engine/runtime/numeric/case_table.h"

using al::test::Json;

namespace {

// Python's hex(): "0x1f", "-0x1f".
std::string py_hex(const mpz_class& v) {
  return (v < 0 ? "-0x" : "0x") + mpz_class(abs(v)).get_str(16);
}

}  // namespace

TEST_CASE("parse_int matches CPython int(str, base)", "[number_parse]") {
  for (const auto& c : al::test::load_cases("parse_int")) {
    al::test::check_case(c, [&] {
      return Json(py_hex(al::num::parse_int(c["s"].get<std::string>(), c["base"].get<int>())));
    });
  }
}

TEST_CASE("parse_float matches CPython float(str)", "[number_parse]") {
  for (const auto& c : al::test::load_cases("parse_float")) {
    al::test::check_case(c, [&] {
      double x = al::num::parse_float(c["s"].get<std::string>());
      if (std::isnan(x)) {
        // float('-nan') keeps its sign bit; compare nan payload-independently.
        double want = al::test::from_bits(c["ok"]);
        CHECK(std::isnan(want));
        CHECK(std::signbit(x) == std::signbit(want));
        return c["ok"];
      }
      return Json(al::test::to_bits(x));
    });
  }
}

TEST_CASE("literal token values match CPython's", "[number_parse]") {
  for (const auto& c : al::test::load_cases("literals")) {
    if (c.contains("int")) {
      al::test::check_case(c, [&] {
        return Json(al::num::parse_int_literal(c["int"].get<std::string>()).get_str());
      });
    } else {
      al::test::check_case(c, [&] {
        return Json(al::test::to_bits(al::num::parse_float_literal(c["float"].get<std::string>())));
      });
    }
  }
}

TEST_CASE("int parsing respects set_int_max_str_digits", "[number_parse]") {
  std::string digits(5000, '7');
  al::num::set_int_max_str_digits(0);
  CHECK(al::num::parse_int(digits, 10) > 0);
  al::num::set_int_max_str_digits(4300);
  CHECK_THROWS_AS(al::num::parse_int(digits, 10), al::num::ValueError);
}
