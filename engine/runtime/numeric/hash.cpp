// CPython 3.11's hash() for builtin value types. See hash.h.
#include "engine/runtime/numeric/hash.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <string>

#include "engine/runtime/numeric/text.h"

namespace al::num {

namespace {

constexpr int kHashBits = 61;
constexpr std::uint64_t kModulus = static_cast<std::uint64_t>(kHashModulus);

std::int64_t fix_minus_one(std::int64_t h) {
  return h == -1 ? -2 : h;
}

}  // namespace

std::int64_t hash_int(std::int64_t value) {
  // Reduce |value| mod 2**61-1 without overflow on INT64_MIN.
  std::uint64_t magnitude =
      value < 0 ? ~static_cast<std::uint64_t>(value) + 1 : static_cast<std::uint64_t>(value);
  auto h = static_cast<std::int64_t>(magnitude % kModulus);
  return fix_minus_one(value < 0 ? -h : h);
}

std::int64_t hash_int(const mpz_class& value) {
  mpz_class magnitude = abs(value);
  auto h = static_cast<std::int64_t>(mpz_fdiv_ui(magnitude.get_mpz_t(), kModulus));
  return fix_minus_one(value < 0 ? -h : h);
}

std::int64_t hash_pointer(std::uintptr_t identity) {
  // Rotate by 4 bits: the low bits of an address are always zero (alignment).
  std::uint64_t y = std::rotr(static_cast<std::uint64_t>(identity), 4);
  return fix_minus_one(static_cast<std::int64_t>(y));
}

std::int64_t hash_double(double v, std::uintptr_t identity) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return hash_pointer(identity);
  }
  int e = 0;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // Consume 28 bits of the mantissa at a time, keeping x * 2**e (mod P) invariant.
  std::uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    auto y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  // Multiply by 2**e mod P, i.e. rotate left by e mod 61.
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kModulus) | x >> (kHashBits - e);
  auto h = static_cast<std::int64_t>(x) * sign;
  return fix_minus_one(h);
}

std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, std::string_view bytes) {
  std::uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  std::uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  std::uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  std::uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  auto round = [&] {
    v0 += v1;
    v1 = std::rotl(v1, 13);
    v1 ^= v0;
    v0 = std::rotl(v0, 32);
    v2 += v3;
    v3 = std::rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = std::rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = std::rotl(v1, 17);
    v1 ^= v2;
    v2 = std::rotl(v2, 32);
  };
  auto load_le = [](const char* p, std::size_t n) {
    std::uint64_t w = 0;
    for (std::size_t i = 0; i < n; ++i)
      w |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    return w;
  };
  std::size_t n = bytes.size();
  const char* p = bytes.data();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t m = load_le(p, 8);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  std::uint64_t b = (static_cast<std::uint64_t>(bytes.size()) << 56) | load_le(p, n);
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xff;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

std::int64_t hash_bytes(std::string_view bytes) {
  // The empty string hashes to 0 rather than to a value derived from the key.
  if (bytes.empty()) return 0;
  return fix_minus_one(static_cast<std::int64_t>(siphash13(0, 0, bytes)));
}

std::int64_t hash_str(std::string_view utf8) {
  std::u32string cps = utf8_decode(utf8);
  char32_t widest = 0;
  for (char32_t c : cps) widest = std::max(widest, c);
  std::size_t kind = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  std::string data(cps.size() * kind, '\0');
  for (std::size_t i = 0; i < cps.size(); ++i)
    for (std::size_t k = 0; k < kind; ++k)
      data[i * kind + k] = static_cast<char>((cps[i] >> (8 * k)) & 0xFF);
  return hash_bytes(data);
}

std::int64_t hash_tuple(std::span<const std::int64_t> item_hashes) {
  // CPython: Objects/tupleobject.c _PyHASH_XXPRIME_* and _PyHASH_XXROTATE (64-bit)
  constexpr std::uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr std::uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr std::uint64_t kPrime5 = 2870177450012600261ULL;
  std::uint64_t acc = kPrime5;
  for (std::int64_t h : item_hashes) {
    acc += static_cast<std::uint64_t>(h) * kPrime2;
    acc = std::rotl(acc, 31);
    acc *= kPrime1;
  }
  acc += item_hashes.size() ^ (kPrime5 ^ 3527539UL);
  if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
  return static_cast<std::int64_t>(acc);
}

}  // namespace al::num
