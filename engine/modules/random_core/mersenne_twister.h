// The generator behind Python's `random` module: MT19937 seeded exactly as CPython 3.11's
// _random.Random, so seeded sequences match CPython's bit for bit.
// CPython: Modules/_randommodule.c
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace al::random_core {

class MersenneTwister {
 public:
  // Starts seeded as seed(0); CPython seeds a new Random from the OS instead, which callers
  // get with seed_entropy().
  MersenneTwister();

  // seed(n) for an int: uses abs(n), split into 32-bit words from the least significant.
  // CPython: Modules/_randommodule.c random_seed
  void seed(const mpz_class& n);
  // seed(x) for any other hashable x: CPython seeds with hash(x) read as an unsigned 64-bit int.
  void seed_hash(std::int64_t hash);
  // seed(None): 624 words from std::random_device, as CPython reads them from urandom.
  void seed_entropy();
  // The MT reference init_by_array. CPython: Modules/_randommodule.c init_by_array
  void seed_key(std::span<const std::uint32_t> key);

  // The next 32 output bits. CPython: Modules/_randommodule.c genrand_uint32
  std::uint32_t next_u32() { return static_cast<std::uint32_t>(engine_()); }
  // random(): a double in [0, 1) with 53 random bits. CPython: random_random
  double random();
  // getrandbits(k): ValueError "number of bits must be non-negative".
  // CPython: Modules/_randommodule.c _random_Random_getrandbits_impl
  mpz_class getrandbits(std::int64_t k);

  // getstate()/setstate(): the 624 state words followed by the index of the next word (0..624),
  // the layout of CPython's state tuple. CPython: Modules/_randommodule.c random_getstate
  std::vector<std::uint32_t> state() const;
  void set_state(std::span<const std::uint32_t> words, std::size_t index);

 private:
  void load(std::span<const std::uint32_t> words, std::size_t index);

  std::mt19937 engine_;  // generation and tempering are the reference MT19937
};

}  // namespace al::random_core
