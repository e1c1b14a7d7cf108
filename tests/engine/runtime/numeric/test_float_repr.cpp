// repr(float) and PyOS_double_to_string; expected values computed with python3 (CPython 3.11)
// by gen_cases.py.
#include "engine/runtime/numeric/float_repr.h"

#include <cmath>
#include <limits>

#include "tests/engine/runtime/numeric/case_table.h"

using al::num::double_to_string;
using al::num::float_repr;

TEST_CASE("float_repr matches CPython repr() and str() on the case table", "[float_repr]") {
  for (const auto& c : al::test::load_cases("float_repr")) {
    double x = al::test::from_bits(c["x"]);
    INFO("case: " << c.dump());
    CHECK(float_repr(x) == c["repr"].get<std::string>());
    if (c.contains("str")) CHECK(float_repr(x) == c["str"].get<std::string>());
  }
}

TEST_CASE("float_repr layout rules", "[float_repr]") {
  // Values from python3: repr(1e16), repr(1e-05), repr(-0.0) ...
  CHECK(float_repr(1e16) == "1e+16");
  CHECK(float_repr(1e15) == "1000000000000000.0");
  CHECK(float_repr(1e-5) == "1e-05");
  CHECK(float_repr(0.0001) == "0.0001");
  CHECK(float_repr(0.0) == "0.0");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(1.0) == "1.0");
  CHECK(float_repr(0.1) == "0.1");
  CHECK(float_repr(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(float_repr(-std::numeric_limits<double>::infinity()) == "-inf");
  CHECK(float_repr(std::numeric_limits<double>::quiet_NaN()) == "nan");
  CHECK(float_repr(-std::numeric_limits<double>::quiet_NaN()) == "nan");
  CHECK(float_repr(2e16 + 8) == "2.000000000000001e+16");
  CHECK(float_repr(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(float_repr(5e-324) == "5e-324");
}

TEST_CASE("double_to_string flags", "[float_repr]") {
  using namespace al::num;
  // From python3: '%+f' % float('nan') == '+nan', '%#.0f' % 1 == '1.', '%#.0e' % 1 == '1.e+00'
  CHECK(double_to_string(std::nan(""), 'f', 6, kDtsfSign) == "+nan");
  CHECK(double_to_string(1.0, 'f', 0, kDtsfAlt) == "1.");
  CHECK(double_to_string(1.0, 'e', 0, kDtsfAlt) == "1.e+00");
  CHECK(double_to_string(1.0, 'g', 6, kDtsfAlt) == "1.00000");
  CHECK(double_to_string(1e300, 'E', 2, 0) == "1.00E+300");
  CHECK(double_to_string(-std::numeric_limits<double>::infinity(), 'F', 2, 0) == "-INF");
  CHECK(double_to_string(-0.4, 'f', 0, kDtsfNoNeg0) == "0");
  CHECK(double_to_string(-0.4, 'f', 0, 0) == "-0");
  CHECK(double_to_string(0.125, 'f', 2, 0) == "0.12");  // exact tie: half to even
  CHECK(double_to_string(0.375, 'f', 2, 0) == "0.38");
}
