// Seeded random sequences; every expected value was computed with python3 (CPython 3.11)'s
// random.Random by gen_cases.py, running the same operations in the same order per seed.
#include "engine/modules/random_core/random.h"

#include <bit>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <numeric>

#include "engine/runtime/numeric/errors.h"

using Json = nlohmann::json;
using al::random_core::Random;

namespace {

double from_bits(const Json& j) {
  return std::bit_cast<double>(
      static_cast<std::uint64_t>(std::stoull(j.get<std::string>(), nullptr, 16)));
}

std::string to_bits(double x) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%016llx",
                static_cast<unsigned long long>(std::bit_cast<std::uint64_t>(x)));
  return buf;
}

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

mpz_class int_arg(const Json& j) {
  return mpz_class(j.get<std::string>());
}

void seed(Random& r, const Json& s) {
  if (s.contains("int"))
    r.seed(int_arg(s["int"]));
  else if (s.contains("hash"))
    r.seed_hash(s["hash"].get<std::int64_t>());
  else if (s.contains("str"))
    r.seed_bytes(s["str"].get<std::string>());
  else
    r.seed_bytes(bytes_of(s["bytes"].get<std::string>()));
}

Json index_list(const std::vector<std::size_t>& v) {
  Json out = Json::array();
  for (std::size_t i : v) out.push_back(i);
  return out;
}

Json step(Random& r, const std::string& op, const Json& a) {
  if (op == "random") return to_bits(r.random());
  if (op == "getrandbits") return r.getrandbits(a[0].get<std::int64_t>()).get_str();
  if (op == "randrange1") return r.randrange(int_arg(a[0])).get_str();
  if (op == "randrange3") return r.randrange(int_arg(a[0]), int_arg(a[1]), int_arg(a[2])).get_str();
  if (op == "randint") return r.randint(int_arg(a[0]), int_arg(a[1])).get_str();
  if (op == "choice") return r.choice_index(a[0].get<std::size_t>());
  if (op == "shuffle") {
    std::vector<std::size_t> x(a[0].get<std::size_t>());
    std::iota(x.begin(), x.end(), 0);
    r.shuffle(x.size(), [&](std::size_t i, std::size_t j) { std::swap(x[i], x[j]); });
    return index_list(x);
  }
  if (op == "sample")
    return index_list(r.sample_indices(a[0].get<std::size_t>(), a[1].get<std::int64_t>()));
  if (op == "uniform") return to_bits(r.uniform(from_bits(a[0]), from_bits(a[1])));
  if (op == "triangular") {
    std::optional<double> mode;
    if (!a[2].is_null()) mode = from_bits(a[2]);
    return to_bits(r.triangular(from_bits(a[0]), from_bits(a[1]), mode));
  }
  if (op == "gauss") return to_bits(r.gauss(from_bits(a[0]), from_bits(a[1])));
  if (op == "normalvariate") return to_bits(r.normalvariate(from_bits(a[0]), from_bits(a[1])));
  if (op == "expovariate") return to_bits(r.expovariate(from_bits(a[0])));
  if (op == "choices") {
    Json out = Json::array();
    for (int i = 0; i < a[1].get<int>(); ++i)
      out.push_back(r.choices_index(a[0].get<std::size_t>()));
    return out;
  }
  if (op == "choices_cum") {
    std::vector<double> cum = a[0].get<std::vector<double>>();
    Json out = Json::array();
    for (int i = 0; i < a[1].get<int>(); ++i) out.push_back(r.choices_index_weighted(cum));
    return out;
  }
  if (op == "randbytes") return hex_of(r.randbytes(a[0].get<std::int64_t>()));
  FAIL("unknown op " << op);
  return nullptr;
}

}  // namespace

TEST_CASE("seeded sequences match CPython's random.Random", "[random]") {
  std::ifstream in(AL_RANDOM_CASES);
  REQUIRE(in.good());
  Json entries = Json::parse(in);
  REQUIRE(entries.size() >= 10);
  for (const auto& entry : entries) {
    Random r;
    seed(r, entry["seed"]);
    for (const auto& s : entry["steps"]) {
      INFO("seed " << entry["seed"].dump() << " step " << s.dump());
      try {
        Json got = step(r, s["op"].get<std::string>(), s["args"]);
        INFO("got " << got.dump());
        CHECK_FALSE(s.contains("error"));
        CHECK(got == s["ok"]);
      } catch (const al::num::Error& e) {
        INFO("threw " << e.python_type() << ": " << e.what());
        CHECK(s.contains("error"));
        if (!s.contains("error")) continue;
        CHECK(std::string(e.python_type()) == s["error"].get<std::string>());
        CHECK(std::string(e.what()) == s["message"].get<std::string>());
      }
    }
  }
}

TEST_CASE("randbelow fast path draws the same bits as the big-int path", "[random]") {
  Random a, b;
  a.seed(mpz_class(99));
  b.seed(mpz_class(99));
  for (std::uint64_t n :
       {1ULL, 2ULL, 3ULL, 1000ULL, 1ULL << 32, (1ULL << 32) + 1, 1ULL << 63, ~0ULL}) {
    mpz_class big;
    mpz_import(big.get_mpz_t(), 1, 1, sizeof n, 0, 0, &n);
    CHECK(mpz_class(std::to_string(a.randbelow(n))) == b.randbelow(big));
  }
}

TEST_CASE("seed_entropy seeds differently each time", "[random]") {
  Random a, b;
  a.seed_entropy();
  b.seed_entropy();
  CHECK(a.getrandbits(128) != b.getrandbits(128));
}
