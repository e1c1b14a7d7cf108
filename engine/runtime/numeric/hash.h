// CPython 3.11's hash() for the builtin value types, 64-bit build, with the hash seed fixed at
// zero (PYTHONHASHSEED=0): set and dict iteration order then matches the CPython oracle.
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <span>
#include <string_view>

namespace al::num {

// The modulus of numeric hashes, 2**61 - 1. CPython: Include/pyhash.h _PyHASH_MODULUS
inline constexpr std::int64_t kHashModulus = (std::int64_t{1} << 61) - 1;
// hash(float('inf')). CPython: Include/pyhash.h _PyHASH_INF
inline constexpr std::int64_t kHashInf = 314159;

// hash(int). CPython: Objects/longobject.c long_hash
std::int64_t hash_int(std::int64_t value);
std::int64_t hash_int(const mpz_class& value);

// hash(float): equal to hash(int) for integral values; a nan hashes by object identity in
// 3.11, so the caller passes the float object's address (or any stable identity).
// CPython: Python/pyhash.c _Py_HashDouble
std::int64_t hash_double(double value, std::uintptr_t identity);

// hash(object) for objects hashed by identity. CPython: Python/pyhash.c _Py_HashPointer
std::int64_t hash_pointer(std::uintptr_t identity);

// hash(str) for a UTF-8 string: SipHash-1-3 with a zero key over the PEP 393 representation
// (1, 2 or 4 bytes per code point, little-endian, by the widest code point).
// CPython: Objects/unicodeobject.c unicode_hash, Python/pyhash.c _Py_HashBytes
std::int64_t hash_str(std::string_view utf8);
// hash(bytes). CPython: Objects/bytesobject.c bytes_hash
std::int64_t hash_bytes(std::string_view bytes);

// hash(tuple) from the hashes of its items (xxHash-based combiner).
// CPython: Objects/tupleobject.c tuplehash
std::int64_t hash_tuple(std::span<const std::int64_t> item_hashes);

// SipHash-1-3 of raw bytes with key (k0, k1), as CPython's pyhash.c siphash13.
std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, std::string_view bytes);

}  // namespace al::num
