// CPython 3.11's Lib/random.py algorithms. See random.h.
#include "engine/modules/random_core/random.h"

#include <nettle/sha2.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numbers>
#include <unordered_set>

#include "engine/runtime/numeric/errors.h"

namespace al::random_core {

namespace {

std::string mpz_to_string(const mpz_class& v) {
  return v.get_str(10);
}

}  // namespace

void Random::seed(const mpz_class& n) {
  mt_.seed(n);
  gauss_next_.reset();
}

void Random::seed_hash(std::int64_t hash) {
  mt_.seed_hash(hash);
  gauss_next_.reset();
}

void Random::seed_entropy() {
  mt_.seed_entropy();
  gauss_next_.reset();
}

void Random::seed_bytes(std::string_view bytes) {
  // CPython: Lib/random.py Random.seed, version 2: int.from_bytes(a + sha512(a).digest())
  std::string material(bytes);
  std::string digest(SHA512_DIGEST_SIZE, '\0');
  sha512_ctx ctx;
  sha512_init(&ctx);
  sha512_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  sha512_digest(&ctx, digest.size(), reinterpret_cast<std::uint8_t*>(digest.data()));
  material += digest;
  mpz_class n;
  mpz_import(n.get_mpz_t(), material.size(), 1, 1, 1, 0, material.data());
  seed(n);
}

std::string Random::randbytes(std::int64_t n) {
  if (n < 0) throw num::ValueError("number of bits must be non-negative");
  mpz_class bits = mt_.getrandbits(n * 8);
  std::string out(static_cast<std::size_t>(n), '\0');
  std::size_t count = 0;
  if (bits != 0) mpz_export(out.data(), &count, -1, 1, 1, 0, bits.get_mpz_t());
  return out;
}

mpz_class Random::randbelow(const mpz_class& n) {
  std::int64_t k = static_cast<std::int64_t>(mpz_sizeinbase(n.get_mpz_t(), 2));
  mpz_class r = mt_.getrandbits(k);
  while (r >= n) r = mt_.getrandbits(k);
  return r;
}

std::uint64_t Random::randbelow(std::uint64_t n) {
  int k = std::bit_width(n);
  auto draw = [&]() -> std::uint64_t {
    if (k <= 32) return k == 0 ? 0 : mt_.next_u32() >> (32 - k);
    // Two words, least significant first, as getrandbits builds them.
    std::uint64_t low = mt_.next_u32();
    std::uint64_t high = mt_.next_u32() >> (64 - k);
    return low | (high << 32);
  };
  std::uint64_t r = draw();
  while (r >= n) r = draw();
  return r;
}

mpz_class Random::randrange(const mpz_class& stop) {
  if (stop > 0) return randbelow(stop);
  throw num::ValueError("empty range for randrange()");
}

mpz_class Random::randrange(const mpz_class& start, const mpz_class& stop, const mpz_class& step) {
  mpz_class width = stop - start;
  if (step == 1) {
    if (width > 0) return start + randbelow(width);
    throw num::ValueError("empty range for randrange() (" + mpz_to_string(start) + ", " +
                          mpz_to_string(stop) + ", " + mpz_to_string(width) + ")");
  }
  mpz_class n;
  if (step > 0) {
    mpz_class t = width + step - 1;
    mpz_fdiv_q(n.get_mpz_t(), t.get_mpz_t(), step.get_mpz_t());
  } else if (step < 0) {
    mpz_class t = width + step + 1;
    mpz_fdiv_q(n.get_mpz_t(), t.get_mpz_t(), step.get_mpz_t());
  } else {
    throw num::ValueError("zero step for randrange()");
  }
  if (n <= 0) throw num::ValueError("empty range for randrange()");
  return start + step * randbelow(n);
}

mpz_class Random::randint(const mpz_class& a, const mpz_class& b) {
  return randrange(a, b + 1);
}

std::size_t Random::choice_index(std::size_t length) {
  if (length == 0) throw num::IndexError("Cannot choose from an empty sequence");
  return static_cast<std::size_t>(randbelow(static_cast<std::uint64_t>(length)));
}

std::vector<std::size_t> Random::sample_indices(std::size_t population, std::int64_t k) {
  auto n = static_cast<std::uint64_t>(population);
  if (k < 0 || static_cast<std::uint64_t>(k) > n)
    throw num::ValueError("Sample larger than population or is negative");
  auto count = static_cast<std::size_t>(k);
  std::vector<std::size_t> result(count);
  // The size of a small set minus that of an empty list, plus a big set's table when k > 5.
  std::uint64_t setsize = 21;
  if (k > 5) {
    double exponent = std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0));
    setsize +=
        exponent >= 31 ? UINT64_MAX / 2 : std::uint64_t{1} << (2 * static_cast<int>(exponent));
  }
  if (n <= setsize) {
    // Pool strategy: non-selected indexes stay in pool[0 : n - i].
    std::vector<std::size_t> pool(population);
    for (std::size_t i = 0; i < population; ++i) pool[i] = i;
    for (std::size_t i = 0; i < count; ++i) {
      auto j = static_cast<std::size_t>(randbelow(static_cast<std::uint64_t>(population - i)));
      result[i] = pool[j];
      pool[j] = pool[population - i - 1];
    }
  } else {
    std::unordered_set<std::size_t> selected;
    for (std::size_t i = 0; i < count; ++i) {
      auto j = static_cast<std::size_t>(randbelow(n));
      while (selected.count(j)) j = static_cast<std::size_t>(randbelow(n));
      selected.insert(j);
      result[i] = j;
    }
  }
  return result;
}

std::size_t Random::choices_index(std::size_t length) {
  return static_cast<std::size_t>(std::floor(mt_.random() * static_cast<double>(length)));
}

std::size_t Random::choices_index_weighted(std::span<const double> cum_weights) {
  double total = cum_weights.back() + 0.0;
  if (total <= 0.0) throw num::ValueError("Total of weights must be greater than zero");
  if (!std::isfinite(total)) throw num::ValueError("Total of weights must be finite");
  double x = mt_.random() * total;
  auto hi = cum_weights.begin() + static_cast<std::ptrdiff_t>(cum_weights.size() - 1);
  return static_cast<std::size_t>(std::upper_bound(cum_weights.begin(), hi, x) -
                                  cum_weights.begin());
}

double Random::uniform(double a, double b) {
  return a + (b - a) * mt_.random();
}

double Random::triangular(double low, double high, std::optional<double> mode) {
  double u = mt_.random();
  double c = 0.5;
  if (mode) {
    if (high == low) return low;
    c = (*mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return low + (high - low) * std::sqrt(u * c);
}

double Random::normalvariate(double mu, double sigma) {
  // CPython: Lib/random.py NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
  const double nv_magicconst = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z = 0.0;
  while (true) {
    double u1 = mt_.random();
    double u2 = 1.0 - mt_.random();
    z = nv_magicconst * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

double Random::gauss(double mu, double sigma) {
  // CPython: Lib/random.py TWOPI = 2.0 * _pi
  const double two_pi = 2.0 * std::numbers::pi;
  std::optional<double> z = gauss_next_;
  gauss_next_.reset();
  if (!z) {
    double x2pi = mt_.random() * two_pi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - mt_.random()));
    z = std::cos(x2pi) * g2rad;
    gauss_next_ = std::sin(x2pi) * g2rad;
  }
  return mu + *z * sigma;
}

double Random::expovariate(double lambd) {
  double u = 1.0 - mt_.random();
  if (lambd == 0.0) throw num::ZeroDivisionError("float division by zero");
  return -std::log(u) / lambd;
}

}  // namespace al::random_core
