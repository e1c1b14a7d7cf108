// MT19937 with CPython's seeding. See mersenne_twister.h.
#include "engine/modules/random_core/mersenne_twister.h"

#include <algorithm>
#include <array>
#include <locale>
#include <sstream>
#include <vector>

#include "engine/runtime/numeric/errors.h"

namespace al::random_core {

namespace {

constexpr std::size_t kN = 624;

}  // namespace

MersenneTwister::MersenneTwister() {
  seed(mpz_class(0));
}

void MersenneTwister::seed_key(std::span<const std::uint32_t> key) {
  // CPython: Modules/_randommodule.c init_genrand(19650218) then init_by_array
  std::array<std::uint32_t, kN> mt{};
  mt[0] = 19650218U;
  for (std::size_t i = 1; i < kN; ++i)
    mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  std::size_t i = 1, j = 0;
  for (std::size_t k = std::max(kN, key.size()); k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] +
            static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (std::size_t k = kN - 1; k > 0; --k) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
  load(mt, kN);
}

void MersenneTwister::load(std::span<const std::uint32_t> words, std::size_t index) {
  // std::mt19937 only takes a raw state through its text form: the N words, then the index of
  // the next word (N: regenerate the block first, exactly where CPython's index = N leaves it).
  std::stringstream state;
  state.imbue(std::locale::classic());  // no digit grouping, whatever the global locale
  for (std::uint32_t word : words) state << word << ' ';
  state << index;
  state >> engine_;
}

std::vector<std::uint32_t> MersenneTwister::state() const {
  std::stringstream text;
  text.imbue(std::locale::classic());
  text << engine_;
  std::vector<std::uint32_t> out(kN + 1);
  for (std::uint32_t& word : out) text >> word;
  return out;
}

void MersenneTwister::set_state(std::span<const std::uint32_t> words, std::size_t index) {
  if (words.size() != kN) throw num::ValueError("state vector is the wrong size");
  if (index > kN) throw num::ValueError("invalid state");
  load(words, index);
}

void MersenneTwister::seed(const mpz_class& n) {
  mpz_class magnitude = abs(n);
  std::size_t bits = magnitude == 0 ? 0 : mpz_sizeinbase(magnitude.get_mpz_t(), 2);
  std::size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
  std::vector<std::uint32_t> key(words, 0);
  std::size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(std::uint32_t), 0, 0, magnitude.get_mpz_t());
  seed_key(key);
}

void MersenneTwister::seed_hash(std::int64_t hash) {
  mpz_class n;
  mpz_set_ui(n.get_mpz_t(), static_cast<unsigned long>(static_cast<std::uint64_t>(hash)));
  seed(n);
}

void MersenneTwister::seed_entropy() {
  std::random_device device;
  std::vector<std::uint32_t> key(kN);
  for (std::uint32_t& word : key) word = device();
  seed_key(key);
}

double MersenneTwister::random() {
  std::uint32_t a = next_u32() >> 5;
  std::uint32_t b = next_u32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

mpz_class MersenneTwister::getrandbits(std::int64_t k) {
  if (k < 0) throw num::ValueError("number of bits must be non-negative");
  if (k == 0) return 0;
  if (k <= 32) return mpz_class(static_cast<unsigned long>(next_u32() >> (32 - k)));
  // Fill 32-bit words from the least significant; the last word keeps its high bits.
  std::vector<std::uint32_t> words(static_cast<std::size_t>((k - 1) / 32 + 1));
  for (std::uint32_t& word : words) {
    std::uint32_t r = next_u32();
    if (k < 32) r >>= (32 - k);
    word = r;
    k -= 32;
  }
  mpz_class result;
  mpz_import(result.get_mpz_t(), words.size(), -1, sizeof(std::uint32_t), 0, 0, words.data());
  return result;
}

}  // namespace al::random_core
