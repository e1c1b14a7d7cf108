// format() of int, float and str; expected values computed with python3 (CPython 3.11) by
// gen_cases.py.
#include "engine/runtime/numeric/format_spec.h"

#include "engine/runtime/numeric/int_ops.h"
#include "tests/engine/runtime/numeric/case_table.h"

using al::test::Json;

TEST_CASE("format_float matches CPython format(float, spec)", "[format_spec]") {
  for (const auto& c : al::test::load_cases("format_float")) {
    double x = al::test::from_bits(c["x"]);
    al::test::check_case(
        c, [&] { return Json(al::num::format_float(x, c["spec"].get<std::string>())); });
  }
}

TEST_CASE("format_int matches CPython format(int, spec)", "[format_spec]") {
  for (const auto& c : al::test::load_cases("format_int")) {
    std::string n = c["n"].get<std::string>();
    mpz_class value;
    if (n == "10**4300" || n == "-10**4300") {
      mpz_ui_pow_ui(value.get_mpz_t(), 10, 4300);
      if (n[0] == '-') value = -value;
    } else {
      value = al::test::int_from_text(c["n"]);
    }
    std::string spec = c["spec"].get<std::string>();
    if (c.contains("ok_len")) {
      INFO("case: " << c.dump());
      CHECK(Json(al::num::format_int(value, spec).size()) == c["ok_len"]);
      continue;
    }
    al::test::check_case(c, [&] { return Json(al::num::format_int(value, spec)); });
  }
}

TEST_CASE("format_str matches CPython format(str, spec)", "[format_spec]") {
  for (const auto& c : al::test::load_cases("format_str")) {
    al::test::check_case(c, [&] {
      return Json(al::num::format_str(c["s"].get<std::string>(), c["spec"].get<std::string>()));
    });
  }
}

TEST_CASE("format spec details", "[format_spec]") {
  using al::num::format_float;
  using al::num::format_int;
  // From python3: format(1e16, '.3'), format(1.0, '.3'), format(123.0, '.3'), format(1.5, '#.3')
  CHECK(format_float(1e16, ".3") == "1e+16");
  CHECK(format_float(1.0, ".3") == "1.0");
  CHECK(format_float(123.0, ".3") == "1.23e+02");
  CHECK(format_float(1.5, "#.3") == "1.50");
  CHECK(format_float(100.0, "#g") == "100.000");
  CHECK(format_int(1234, "010,") == "00,001,234");
  CHECK(format_int(-255, "#_b") == "-0b1111_1111");
  CHECK(format_int(-1, "0^6") == "00-100");
  // The type name in messages is the caller's: format(True, 'f') names 'bool'.
  CHECK_THROWS_WITH(format_int(1, "s", "bool"),
                    "Unknown format code 's' for object of type 'bool'");
  // A bool's empty spec is the caller's str(True); format_int only knows the digits.
  CHECK(format_int(1, "") == "1");
  auto spec = al::num::parse_format_spec("*^+#012_.3x", U'd', U'>', "int");
  CHECK(spec.fill == U'*');
  CHECK(spec.align == U'^');
  CHECK(spec.sign == '+');
  CHECK(spec.alternate);
  CHECK(spec.width == 12);
  CHECK(spec.thousands == '_');
  CHECK(spec.group_size == 4);
  CHECK(spec.precision == 3);
  CHECK(spec.type == U'x');
}

TEST_CASE("int_max_str_digits applies to decimal formatting", "[format_spec]") {
  mpz_class big;
  mpz_ui_pow_ui(big.get_mpz_t(), 10, 5000);
  al::num::set_int_max_str_digits(0);
  CHECK(al::num::format_int(big, "d").size() == 5001);
  al::num::set_int_max_str_digits(4300);
  CHECK_THROWS_AS(al::num::format_int(big, "d"), al::num::ValueError);
}
