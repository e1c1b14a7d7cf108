// Reads the expected-value tables that gen_cases.py computes with CPython 3.11 (cases/*.json)
// and checks a result or an al::num::Error against one case.
#pragma once

#include <gmpxx.h>

#include <bit>
#include <catch2/catch.hpp>
#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/runtime/numeric/errors.h"

namespace al::test {

using Json = nlohmann::json;

// The table cases/<name>.json (AL_NUMERIC_CASES_DIR is set by CMake).
inline Json load_cases(const std::string& name) {
  std::ifstream in(std::string(AL_NUMERIC_CASES_DIR) + "/" + name + ".json");
  REQUIRE(in.good());
  return Json::parse(in);
}

// Floats travel as "0x" + their 16 hex IEEE-754 bits, exact for nan and -0.0.
inline double from_bits(const Json& j) {
  return std::bit_cast<double>(
      static_cast<std::uint64_t>(std::stoull(j.get<std::string>(), nullptr, 16)));
}
inline std::string to_bits(double x) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%016llx",
                static_cast<unsigned long long>(std::bit_cast<std::uint64_t>(x)));
  return buf;
}

// Ints travel as decimal text, or as Python's hex() text ("-0x1f").
inline mpz_class int_from_text(const Json& j) {
  std::string s = j.get<std::string>();
  bool negative = !s.empty() && s[0] == '-';
  std::string body = negative ? s.substr(1) : s;
  mpz_class v;
  if (body.rfind("0x", 0) == 0)
    v.set_str(body.substr(2), 16);
  else
    v.set_str(body, 10);
  return negative ? mpz_class(-v) : v;
}

// Runs produce() and compares its JSON result with case["ok"], or the error it throws with
// case["error"] / case["message"].
template <class Produce>
void check_case(const Json& c, Produce&& produce) {
  INFO("case: " << c.dump());
  try {
    Json got = produce();
    INFO("got: " << got.dump());
    CHECK_FALSE(c.contains("error"));
    if (c.contains("ok")) CHECK(got == c["ok"]);
  } catch (const num::Error& e) {
    INFO("threw " << e.python_type() << ": " << e.what());
    CHECK(c.contains("error"));
    if (!c.contains("error")) return;
    CHECK(std::string(e.python_type()) == c["error"].get<std::string>());
    CHECK(std::string(e.what()) == c["message"].get<std::string>());
  }
}

}  // namespace al::test
