// float arithmetic, pow and round; expected values computed with python3 (CPython 3.11) by
// gen_cases.py.
#include "engine/runtime/numeric/float_ops.h"

#include <cmath>

#include "tests/engine/runtime/numeric/case_table.h"

using al::test::Json;
using al::test::to_bits;

namespace {

// nan results compare by being nan: CPython and C++ may produce different nan payloads.
Json bits_or_nan(double x, const Json& expected) {
  if (std::isnan(x) && expected.is_string() && std::isnan(al::test::from_bits(expected)))
    return expected;
  return to_bits(x);
}

Json run(const Json& c) {
  using namespace al::num;
  const std::string op = c["op"].get<std::string>();
  const Json ok = c.contains("ok") ? c["ok"] : Json();
  if (op == "round") {
    double x = al::test::from_bits(c["x"]);
    if (c["nd"].is_null()) return float_round_to_int(x).get_str();
    return bits_or_nan(float_round(x, mpz_class(c["nd"].get<std::string>())), ok);
  }
  if (op == "ratio") {
    auto [n, d] = float_as_integer_ratio(al::test::from_bits(c["x"]));
    return Json::array({n.get_str(), d.get_str()});
  }
  if (op == "is_integer") return float_is_integer(al::test::from_bits(c["x"]));
  double a = al::test::from_bits(c["a"]);
  double b = al::test::from_bits(c["b"]);
  if (op == "truediv") return bits_or_nan(float_true_div(a, b), ok);
  if (op == "floordiv") return bits_or_nan(float_floor_div(a, b), ok);
  if (op == "mod") return bits_or_nan(float_mod(a, b), ok);
  if (op == "divmod") {
    auto [q, r] = float_divmod(a, b);
    return Json::array({bits_or_nan(q, ok.is_array() ? ok[0] : Json()),
                        bits_or_nan(r, ok.is_array() ? ok[1] : Json())});
  }
  if (op == "pow") {
    FloatPowResult r = float_pow(a, b);
    if (auto* z = std::get_if<std::complex<double>>(&r))
      return Json::array({to_bits(z->real()), to_bits(z->imag())});
    return bits_or_nan(std::get<double>(r), ok);
  }
  FAIL("unknown op " << op);
  return nullptr;
}

}  // namespace

TEST_CASE("float operations match CPython", "[float_ops]") {
  for (const auto& c : al::test::load_cases("float_ops"))
    al::test::check_case(c, [&] { return run(c); });
}

TEST_CASE("float operation details", "[float_ops]") {
  using namespace al::num;
  // From python3: -1.0 // 3.0, -1.0 % 3.0, 1.0 % -3.0, round(2.675, 2), round(0.5), round(1.5)
  CHECK(float_floor_div(-1.0, 3.0) == -1.0);
  CHECK(float_mod(-1.0, 3.0) == 2.0);
  CHECK(float_mod(1.0, -3.0) == -2.0);
  CHECK(std::signbit(float_mod(-0.0, 3.0)) == false);
  CHECK(std::signbit(float_mod(0.0, -3.0)) == true);
  CHECK(float_round(2.675, 2) == 2.67);
  CHECK(float_round_to_int(0.5) == 0);
  CHECK(float_round_to_int(1.5) == 2);
  CHECK(float_round_to_int(-2.5) == -2);
  CHECK_THROWS_WITH(float_pow(0.0, -1.0), "0.0 cannot be raised to a negative power");
  CHECK_THROWS_WITH(float_round(1.7e308, -308), "rounded value too large to represent");
}
