// The algorithms of CPython 3.11's Lib/random.py (class Random) on top of MersenneTwister,
// over plain integers and indexes: the `random` module wrapper maps sequences to index ranges
// and back. Every method draws exactly the bits CPython's does, so seeded programs print the
// same numbers. Errors are al::num::Error with CPython's texts.
// CPython: Lib/random.py
#pragma once

#include <gmpxx.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/modules/random_core/mersenne_twister.h"

namespace al::random_core {

class Random {
 public:
  MersenneTwister& generator() { return mt_; }

  // seed(a) for an int, for another hashable (by its hash), for None (entropy), and for
  // str/bytes (version 2: the bytes followed by their SHA-512, read as a big-endian int; a str
  // is passed as its UTF-8). Each also forgets the cached gauss() value.
  void seed(const mpz_class& n);
  void seed_hash(std::int64_t hash);
  void seed_entropy();
  void seed_bytes(std::string_view bytes);

  // The cached second value of gauss(), part of getstate()/setstate().
  std::optional<double> gauss_next() const { return gauss_next_; }
  void set_gauss_next(std::optional<double> value) { gauss_next_ = value; }

  double random() { return mt_.random(); }
  mpz_class getrandbits(std::int64_t k) { return mt_.getrandbits(k); }
  // randbytes(n): n bytes from getrandbits(n * 8), little-endian.
  std::string randbytes(std::int64_t n);

  // _randbelow(n) for n > 0: rejection sampling on getrandbits(n.bit_length()).
  // CPython: Lib/random.py Random._randbelow_with_getrandbits
  mpz_class randbelow(const mpz_class& n);
  std::uint64_t randbelow(std::uint64_t n);

  // randrange(stop) and randrange(start, stop, step), arguments already converted to int
  // (the caller owns the non-integer and "Missing a non-None stop argument" cases). Errors:
  // ValueError "empty range for randrange()", "empty range for randrange() (a, b, w)",
  // "zero step for randrange()".
  mpz_class randrange(const mpz_class& stop);
  mpz_class randrange(const mpz_class& start, const mpz_class& stop, const mpz_class& step = 1);
  // randint(a, b) = randrange(a, b + 1).
  mpz_class randint(const mpz_class& a, const mpz_class& b);

  // choice(seq): the index to take; IndexError "Cannot choose from an empty sequence".
  std::size_t choice_index(std::size_t length);

  // shuffle(x): calls swap(i, j) for the exchanges CPython makes, in its order.
  template <class Swap>
  void shuffle(std::size_t length, Swap&& swap) {
    for (std::size_t i = length > 0 ? length - 1 : 0; i >= 1; --i)
      swap(i, static_cast<std::size_t>(randbelow(static_cast<std::uint64_t>(i + 1))));
  }

  // sample(population, k): the population indexes picked, in selection order; uses CPython's
  // pool or set strategy by the same size rule. ValueError
  // "Sample larger than population or is negative".
  std::vector<std::size_t> sample_indices(std::size_t population, std::int64_t k);

  // choices(population, k=1) without weights: one index, floor(random() * n).
  std::size_t choices_index(std::size_t length);
  // choices with cumulative weights: one index, bisect_right(cum_weights, random() * total,
  // 0, n - 1). ValueError "Total of weights must be greater than zero" /
  // "Total of weights must be finite" (checked on every call, as each choices() call does).
  std::size_t choices_index_weighted(std::span<const double> cum_weights);

  // Real-valued distributions. CPython: Lib/random.py
  double uniform(double a, double b);
  double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = {});
  double normalvariate(double mu = 0.0, double sigma = 1.0);
  double gauss(double mu = 0.0, double sigma = 1.0);
  // ZeroDivisionError "float division by zero" for lambd == 0, as CPython.
  double expovariate(double lambd = 1.0);

 private:
  MersenneTwister mt_;
  std::optional<double> gauss_next_;
};

}  // namespace al::random_core
