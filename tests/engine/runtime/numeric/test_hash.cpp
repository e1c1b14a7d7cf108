// hash() of int, float, str, bytes and tuple; expected values computed with
// `PYTHONHASHSEED=0 python3` (CPython 3.11) by gen_cases.py.
#include "engine/runtime/numeric/hash.h"

#include <cmath>
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

}  // namespace

TEST_CASE("hashes match CPython with PYTHONHASHSEED=0", "[hash]") {
  using namespace al::num;
  for (const auto& c : al::test::load_cases("hash")) {
    al::test::check_case(c, [&]() -> Json {
      std::string kind = c["kind"].get<std::string>();
      if (kind == "int") {
        mpz_class n = al::test::int_from_text(c["n"]);
        if (n.fits_slong_p()) CHECK(hash_int(static_cast<std::int64_t>(n.get_si())) == c["ok"]);
        return hash_int(n);
      }
      if (kind == "float") return hash_double(al::test::from_bits(c["x"]), 0);
      if (kind == "nan")
        return hash_double(std::nan(""), static_cast<std::uintptr_t>(c["id"].get<std::uint64_t>()));
      if (kind == "str") return hash_str(bytes_of(c["s"].get<std::string>()));
      if (kind == "bytes") return hash_bytes(bytes_of(c["hex"].get<std::string>()));
      std::vector<std::int64_t> items = c["items"].get<std::vector<std::int64_t>>();
      return hash_tuple(items);
    });
  }
}

TEST_CASE("hash details", "[hash]") {
  using namespace al::num;
  // From PYTHONHASHSEED=0 python3: hash(-1), hash(2**61 - 1), hash(float('inf')), hash('')
  CHECK(hash_int(std::int64_t{-1}) == -2);
  CHECK(hash_int(mpz_class(-1)) == -2);
  CHECK(hash_int(kHashModulus) == 0);
  CHECK(hash_double(-INFINITY, 0) == -314159);
  CHECK(hash_double(2.0, 0) == 2);
  CHECK(hash_double(-1.0, 0) == -2);
  CHECK(hash_str("") == 0);
  CHECK(hash_bytes("") == 0);
}
