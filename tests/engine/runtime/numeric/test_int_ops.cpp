// int arithmetic and int/float conversions; expected values computed with python3
// (CPython 3.11) by gen_cases.py.
#include "engine/runtime/numeric/int_ops.h"

#include <cmath>
#include <string>

#include "engine/runtime/numeric/int_float.h"
#include "tests/engine/runtime/numeric/case_table.h"

using al::test::Json;

namespace {

std::string hex_of(const std::string& bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

std::string bytes_of(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}

Json run(const Json& c) {
  using namespace al::num;
  const std::string op = c["op"].get<std::string>();
  auto a = [&] { return al::test::int_from_text(c["a"]); };
  auto b = [&] { return al::test::int_from_text(c["b"]); };
  if (op == "floordiv") return int_floor_div(a(), b()).get_str();
  if (op == "mod") return int_mod(a(), b()).get_str();
  if (op == "divmod") {
    auto [q, r] = int_divmod(a(), b());
    return Json::array({q.get_str(), r.get_str()});
  }
  if (op == "truediv") return al::test::to_bits(int_true_divide(a(), b()));
  if (op == "to_double") return al::test::to_bits(int_to_double(a()));
  if (op == "bit_length") return std::to_string(int_bit_length(a()));
  if (op == "lshift") return int_lshift(a(), b()).get_str();
  if (op == "rshift") return int_rshift(a(), b()).get_str();
  if (op == "round") return int_round(a(), b()).get_str();
  if (op == "pow") {
    auto r = int_pow(a(), b());
    if (auto* d = std::get_if<double>(&r)) return al::test::to_bits(*d);
    return std::get<mpz_class>(r).get_str();
  }
  if (op == "powmod") return int_pow_mod(a(), b(), al::test::int_from_text(c["m"])).get_str();
  if (op == "to_bytes")
    return hex_of(int_to_bytes(a(), c["len"].get<std::int64_t>(), c["order"] == "little",
                               c["signed"].get<bool>()));
  if (op == "from_bytes")
    return int_from_bytes(bytes_of(c["hex"].get<std::string>()), c["order"] == "little",
                          c["signed"].get<bool>())
        .get_str();
  if (op == "compare") {
    auto r = compare_int_double(a(), al::test::from_bits(c["x"]));
    return r == std::partial_ordering::unordered ? "unordered"
           : r < 0                               ? "less"
           : r > 0                               ? "greater"
                                                 : "equal";
  }
  if (op == "from_double") return double_to_int(al::test::from_bits(c["x"])).get_str();
  FAIL("unknown op " << op);
  return nullptr;
}

}  // namespace

TEST_CASE("int operations match CPython", "[int_ops]") {
  for (const auto& c : al::test::load_cases("int_ops"))
    al::test::check_case(c, [&] { return run(c); });
}

TEST_CASE("int operation details", "[int_ops]") {
  using namespace al::num;
  // From python3: hex(-255), bin(5), 1 << -1, pow(3, -1, -5)
  CHECK(int_to_base(-255, 16, true) == "-0xff");
  CHECK(int_to_base(5, 2, true) == "0b101");
  CHECK(int_to_base(8, 8, false) == "10");
  CHECK_THROWS_WITH(int_lshift(1, -1), "negative shift count");
  CHECK(int_pow_mod(3, -1, -5) == -3);
  CHECK_THROWS_AS(int_floor_div(1, 0), ZeroDivisionError);
  CHECK_THROWS_AS(int_pow(2, mpz_class("100000000000000000000")), MemoryError);
  CHECK(std::get<mpz_class>(int_pow(-1, mpz_class("100000000000000000001"))) == -1);
  mpz_class huge_shift("100000000000000000000000");
  CHECK(int_rshift(-5, huge_shift) == -1);
  CHECK(int_lshift(0, huge_shift) == 0);
  CHECK(int_round(5, mpz_class("-100000000000000000000")) == 0);
}
