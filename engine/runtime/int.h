// int and bool: arbitrary-precision integers (CPython: Objects/longobject.c, boolobject.c).
//
// Values that fit in int64 live in `small`; larger ones in a GMP integer. Every operation
// normalises its result back to the small form when it fits, so `big` is set iff the value is
// outside int64's range. Integers in -5..256 are cached immortal objects, as in CPython.
#pragma once

#include <gmpxx.h>

#include <memory>
#include <string>

#include "engine/runtime/object.h"

namespace al {

struct Int : Object {
  int64_t small = 0;
  std::unique_ptr<mpz_class> big;  // non-null iff the value does not fit in int64

  Int(Type* t, int64_t v) : Object(t), small(v) {}
  Int(Type* t, const mpz_class& v);
  bool is_big() const { return big != nullptr; }
  mpz_class to_mpz() const;
  int sign() const;
};

Value int_from(int64_t v);
Value int_from(const mpz_class& v);
Value int_from_u64(uint64_t v);
// An int of an exact subtype (int subclasses, bool).
Value int_new_of_type(Type* t, const mpz_class& v);
// False when the object is not an int or does not fit in int64.
bool int_as_int64(Object* o, int64_t& out);
mpz_class int_as_mpz(Object* o);  // o must be an int (or bool)
// CPython's int(x) / int(x, base) conversions and parsing.
Value int_from_string(std::string_view text, int base);  // raises ValueError like int()
std::string int_to_decimal(Object* o);
std::string int_to_base(Object* o, int base, bool with_prefix);  // bin/oct/hex
int64_t int_hash(Object* o);
double int_to_double(Object* o);  // raises OverflowError "int too large to convert to float"
// Converts an index-like object (int or __index__) to int64, raising OverflowError /
// IndexError as CPython's PyNumber_AsSsize_t does. `err_type` null means OverflowError.
int64_t index_as_int64(Object* o, Type* err_type = nullptr);
// PyNumber_Index: an int (exactly or a subclass) for objects with __index__, else TypeError.
Value number_index(Object* o);

// int(x) with one argument (CPython: PyNumber_Long).
Value number_to_int(Object* x);
// int(b"12", base) for bytes-like input.
Value int_from_bytes_literal(Object* bytes_like, int base);
// Exact three-way comparison of an int with a finite or infinite (not NaN) double.
int compare_int_double(Object* i, double d);
// format(int, spec) and round(int, ndigits); in int_format.cpp.
Value int_format(Object* self, Str* spec);
Value int_round(Object* self, Object* ndigits);

void init_int_type();
void init_bool_type();

}  // namespace al
