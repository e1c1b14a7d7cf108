// CPython's hash functions for the builtin types (CPython: Python/pyhash.c,
// Objects/longobject.c long_hash, Objects/tupleobject.c tuplehash). Thin wrappers over
// al_numeric so that hash() values, and therefore set iteration order, match CPython's under
// PYTHONHASHSEED=0.
#pragma once

#include <gmpxx.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace al {

int64_t hash_unicode(std::string_view utf8);
int64_t hash_bytes(std::string_view data);
// NaN hashes by identity (CPython 3.10+), so the caller passes the float object's address.
int64_t hash_double(double v, uintptr_t identity);
int64_t hash_int64(int64_t v);
int64_t hash_mpz(const mpz_class& v);
int64_t hash_tuple(std::span<const int64_t> item_hashes);

}  // namespace al
