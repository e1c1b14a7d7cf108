// int objects: arithmetic with an int64 fast path and GMP beyond it (CPython:
// Objects/longobject.c).
//
// Index
//   1. Construction, small-int cache, conversions
//   2. Parsing and printing (int(str, base), str(int), bin/oct/hex)
//   3. Arithmetic slots
//   4. Comparison, hash, conversions to float
//   5. Methods and the type
#include "engine/runtime/int.h"

#include <cmath>
#include <cstring>
#include <variant>

#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/hash.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/num_bridge.h"
#include "engine/runtime/numeric/int_float.h"
#include "engine/runtime/numeric/int_ops.h"
#include "engine/runtime/numeric/number_parse.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Construction, small-int cache, conversions
// ---------------------------------------------------------------------------------------------

namespace {
constexpr int64_t kSmallMin = -5;
constexpr int64_t kSmallMax = 256;
Int* small_ints[kSmallMax - kSmallMin + 1];

bool fits_int64(const mpz_class& v) {
  return mpz_fits_slong_p(v.get_mpz_t()) != 0;
}

// Python's floor division and modulo on int64 (the caller excludes INT64_MIN // -1).
int64_t int_floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t int_floor_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

}  // namespace

Int::Int(Type* t, const mpz_class& v) : Object(t) {
  if (fits_int64(v)) {
    small = v.get_si();
  } else {
    big = std::make_unique<mpz_class>(v);
  }
}

mpz_class Int::to_mpz() const {
  if (big) return *big;
  return mpz_class(static_cast<long>(small));
}

int Int::sign() const {
  if (big) return sgn(*big);
  return small < 0 ? -1 : small > 0 ? 1 : 0;
}

Value int_from(int64_t v) {
  if (v >= kSmallMin && v <= kSmallMax) {
    Int*& slot = small_ints[v - kSmallMin];
    if (!slot) {
      slot = new Int(int_type, v);
      slot->make_immortal();
    }
    return Value(slot);
  }
  return make<Int>(int_type, v);
}

Value int_from(const mpz_class& v) {
  if (fits_int64(v)) return int_from(int64_t(v.get_si()));
  return make<Int>(int_type, v);
}

Value int_from_u64(uint64_t v) {
  if (v <= uint64_t(INT64_MAX)) return int_from(int64_t(v));
  mpz_class m;
  mpz_import(m.get_mpz_t(), 1, 1, sizeof v, 0, 0, &v);
  return int_from(m);
}

Value int_new_of_type(Type* t, const mpz_class& v) {
  if (t == int_type) return int_from(v);
  return alloc_instance<Int>(t, v);
}

bool int_as_int64(Object* o, int64_t& out) {
  if (!is_instance(o, int_type)) return false;
  auto* i = static_cast<Int*>(o);
  if (i->big) return false;
  out = i->small;
  return true;
}

mpz_class int_as_mpz(Object* o) {
  return static_cast<Int*>(o)->to_mpz();
}

Value number_index(Object* o) {
  if (is_instance(o, int_type)) return Value(o);
  if (!o->type->index) {
    raise(exc::TypeError, "'" + tname(o) + "' object cannot be interpreted as an integer");
  }
  Value r = o->type->index(o);
  if (!is_instance(r.get(), int_type)) {
    raise(exc::TypeError, "__index__ returned non-int (type " + tname(r.get()) + ")");
  }
  return r;
}

int64_t index_as_int64(Object* o, Type* err_type) {
  Value v = number_index(o);
  int64_t n;
  if (int_as_int64(v.get(), n)) return n;
  if (!err_type) {
    // CPython: PyNumber_AsSsize_t with a NULL error type clamps; callers here want the error.
    raise(exc::OverflowError, "cannot fit '" + tname(o) + "' into an index-sized integer");
  }
  raise(err_type, "cannot fit '" + tname(o) + "' into an index-sized integer");
}

// ---------------------------------------------------------------------------------------------
// 2. Parsing and printing
// ---------------------------------------------------------------------------------------------

std::string int_to_decimal(Object* o) {
  auto* i = static_cast<Int*>(o);
  if (!i->big) return std::to_string(i->small);
  return num_call([&] { return num::int_to_decimal(*i->big); });
}

std::string int_to_base(Object* o, int base, bool with_prefix) {
  return num::int_to_base(int_as_mpz(o), base, with_prefix);
}

Value int_from_string(std::string_view text, int base) {
  return int_from(num_call([&] { return num::parse_int(text, base); }));
}

// ---------------------------------------------------------------------------------------------
// 3. Arithmetic
// ---------------------------------------------------------------------------------------------

namespace {

Int* as_int(Object* o) {
  return static_cast<Int*>(o);
}
bool both_ints(Object* a, Object* b) {
  return is_instance(a, int_type) && is_instance(b, int_type);
}

#define AL_INT_PAIR                                   \
  if (!both_ints(a, b)) return Value(NotImplemented); \
  Int* x = as_int(a);                                 \
  Int* y = as_int(b);

Value int_add(Object* a, Object* b) {
  AL_INT_PAIR
  int64_t r;
  if (!x->big && !y->big && !__builtin_add_overflow(x->small, y->small, &r)) return int_from(r);
  return int_from(x->to_mpz() + y->to_mpz());
}

Value int_sub(Object* a, Object* b) {
  AL_INT_PAIR
  int64_t r;
  if (!x->big && !y->big && !__builtin_sub_overflow(x->small, y->small, &r)) return int_from(r);
  return int_from(x->to_mpz() - y->to_mpz());
}

Value int_mul(Object* a, Object* b) {
  AL_INT_PAIR
  int64_t r;
  if (!x->big && !y->big && !__builtin_mul_overflow(x->small, y->small, &r)) return int_from(r);
  size_t bits =
      mpz_sizeinbase(x->to_mpz().get_mpz_t(), 2) + mpz_sizeinbase(y->to_mpz().get_mpz_t(), 2);
  check_alloc(bits / 8, 1);
  return int_from(x->to_mpz() * y->to_mpz());
}

Value int_floordiv(Object* a, Object* b) {
  AL_INT_PAIR
  if (y->sign() == 0) raise(exc::ZeroDivisionError, "integer division or modulo by zero");
  if (!x->big && !y->big && !(x->small == INT64_MIN && y->small == -1)) {
    return int_from(int_floor_div(x->small, y->small));
  }
  return int_from(num_call([&] { return num::int_floor_div(x->to_mpz(), y->to_mpz()); }));
}

Value int_mod(Object* a, Object* b) {
  AL_INT_PAIR
  if (y->sign() == 0) raise(exc::ZeroDivisionError, "integer modulo by zero");
  if (!x->big && !y->big) {
    if (y->small == -1) return int_from(int64_t(0));
    return int_from(int_floor_mod(x->small, y->small));
  }
  return int_from(num_call([&] { return num::int_mod(x->to_mpz(), y->to_mpz()); }));
}

}  // namespace

double int_to_double(Object* o) {
  auto* i = as_int(o);
  if (!i->big) return double(i->small);
  return num_call([&] { return num::int_to_double(*i->big); });
}

namespace {

double true_divide(Int* x, Int* y) {
  constexpr int64_t kExact = int64_t(1) << 53;
  if (!x->big && !y->big && x->small > -kExact && x->small < kExact && y->small > -kExact &&
      y->small < kExact) {
    if (y->small == 0) raise(exc::ZeroDivisionError, "division by zero");
    return double(x->small) / double(y->small);
  }
  return num_call([&] { return num::int_true_divide(x->to_mpz(), y->to_mpz()); });
}

Value int_truediv(Object* a, Object* b) {
  AL_INT_PAIR
  return float_from(true_divide(x, y));
}

Value int_pow_impl(Int* x, Int* y) {
  auto r = num_call([&] { return num::int_pow(x->to_mpz(), y->to_mpz()); });
  if (auto* d = std::get_if<double>(&r)) return float_from(*d);
  return int_from(std::get<mpz_class>(r));
}

Value int_pow(Object* a, Object* b) {
  AL_INT_PAIR
  return int_pow_impl(x, y);
}

Value int_lshift(Object* a, Object* b) {
  AL_INT_PAIR
  if (y->sign() < 0) raise(exc::ValueError, "negative shift count");
  if (x->sign() == 0) return int_from(int64_t(0));
  if (y->big) raise(exc::OverflowError, "too many digits in integer");
  auto n = uint64_t(y->small);
  if (!x->big && n < 63) {
    int64_t v = x->small;
    if (v > 0 ? v <= (INT64_MAX >> n) : v >= (INT64_MIN >> n))
      return int_from(int64_t(uint64_t(v) << n));
  }
  if (n / 8 > interp().memory_budget) raise_memory_error();
  return int_from(num_call([&] { return num::int_lshift(x->to_mpz(), y->to_mpz()); }));
}

Value int_rshift(Object* a, Object* b) {
  AL_INT_PAIR
  if (y->sign() < 0) raise(exc::ValueError, "negative shift count");
  if (y->big) return int_from(int64_t(x->sign() < 0 ? -1 : 0));
  auto n = uint64_t(y->small);
  if (!x->big) return int_from(n >= 63 ? (x->small < 0 ? -1 : 0) : x->small >> n);
  return int_from(num_call([&] { return num::int_rshift(x->to_mpz(), y->to_mpz()); }));
}

Value int_and(Object* a, Object* b) {
  AL_INT_PAIR
  if (!x->big && !y->big) return int_from(x->small & y->small);
  return int_from(mpz_class(x->to_mpz() & y->to_mpz()));
}

Value int_or(Object* a, Object* b) {
  AL_INT_PAIR
  if (!x->big && !y->big) return int_from(x->small | y->small);
  return int_from(mpz_class(x->to_mpz() | y->to_mpz()));
}

Value int_xor(Object* a, Object* b) {
  AL_INT_PAIR
  if (!x->big && !y->big) return int_from(x->small ^ y->small);
  return int_from(mpz_class(x->to_mpz() ^ y->to_mpz()));
}

#undef AL_INT_PAIR

Value int_neg(Object* a) {
  Int* x = as_int(a);
  if (!x->big && x->small != INT64_MIN) return int_from(-x->small);
  return int_from(mpz_class(-x->to_mpz()));
}

Value int_pos(Object* a) {
  if (is_exactly(a, int_type)) return Value(a);
  return int_from(as_int(a)->to_mpz());
}

Value int_invert(Object* a) {
  Int* x = as_int(a);
  if (!x->big) return int_from(~x->small);
  return int_from(mpz_class(-x->to_mpz() - 1));
}

Value int_abs(Int* x) {
  if (x->sign() >= 0) return is_exactly(x, int_type) ? Value(x) : int_from(x->to_mpz());
  return int_neg(x);
}

bool int_truth(Object* a) {
  return as_int(a)->sign() != 0;
}

Value int_index(Object* a) {
  if (is_exactly(a, int_type)) return Value(a);
  return int_from(as_int(a)->to_mpz());
}

Value int_to_float(Object* a) {
  return float_from(int_to_double(a));
}

// ---------------------------------------------------------------------------------------------
// 4. Comparison and hash
// ---------------------------------------------------------------------------------------------

int int_cmp(Int* x, Int* y) {
  if (!x->big && !y->big) return x->small < y->small ? -1 : x->small > y->small;
  return cmp(x->to_mpz(), y->to_mpz());
}

Value int_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_instance(b, int_type)) return Value(NotImplemented);
  return bool_obj(cmp_holds(int_cmp(as_int(a), as_int(b)), op));
}

int64_t int_hash_slot(Object* o) {
  return int_hash(o);
}

Value int_repr(Object* o) {
  return str_from(int_to_decimal(o));
}

}  // namespace

int64_t int_hash(Object* o) {
  Int* x = as_int(o);
  if (!x->big) return hash_int64(x->small);
  return hash_mpz(*x->big);
}

int compare_int_double(Object* i, double d) {
  std::partial_ordering o = num::compare_int_double(int_as_mpz(i), d);
  return o < 0 ? -1 : o > 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// 5. Methods and the type
// ---------------------------------------------------------------------------------------------

namespace {

Value int_new(Type* t, Args a) {
  Object* argv[2];
  bind_args(a, "int", {"x", "base"}, 0, argv, 1);
  Object* x = argv[0];
  Value result;
  if (!x) {
    if (argv[1]) raise(exc::TypeError, "int() missing string argument");
    result = int_from(int64_t(0));
  } else if (argv[1]) {
    int64_t base = index_as_int64(argv[1]);
    if ((base != 0 && base < 2) || base > 36) {
      raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (is_instance(x, str_type)) {
      result = int_from_string(static_cast<Str*>(x)->s, int(base));
    } else if (is_instance(x, bytes_type) || is_instance(x, bytearray_type)) {
      result = int_from_bytes_literal(x, int(base));
    } else {
      raise(exc::TypeError, "int() can't convert non-string with explicit base");
    }
  } else {
    result = number_to_int(x);
  }
  if (t == int_type) return result;
  return int_new_of_type(t, int_as_mpz(result.get()));
}

Value m_bit_length(Object* self, Args a) {
  check_no_args(a, "bit_length");
  Int* x = as_int(self);
  if (x->sign() == 0) return int_from(int64_t(0));
  return int_from(int64_t(mpz_sizeinbase(x->to_mpz().get_mpz_t(), 2)));
}

Value m_bit_count(Object* self, Args a) {
  check_no_args(a, "bit_count");
  mpz_class v = abs(as_int(self)->to_mpz());
  return int_from(int64_t(mpz_popcount(v.get_mpz_t())));
}

Value m_conjugate(Object* self, Args a) {
  check_no_args(a, "conjugate");
  return int_index(self);
}

Value m_as_integer_ratio(Object* self, Args a) {
  check_no_args(a, "as_integer_ratio");
  Value n = int_index(self);
  return tuple_from({n.get(), int_from(int64_t(1)).get()});
}

Value m_to_bytes(Object* self, Args a) {
  Object* argv[3];
  bind_args(a, "to_bytes", {"length", "byteorder", "signed"}, 0, argv, 0, 2);
  int64_t length = argv[0] ? index_as_int64(argv[0]) : 1;
  if (length > 0) check_alloc(size_t(length), 1);
  std::string order = "big";
  if (argv[1]) {
    if (!is_instance(argv[1], str_type)) {
      raise(exc::TypeError, "to_bytes() argument 'byteorder' must be str, not " + tname(argv[1]));
    }
    order = static_cast<Str*>(argv[1])->s;
  }
  if (order != "big" && order != "little")
    raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
  bool is_signed = argv[2] && truthy(argv[2]);
  std::string out = num_call([&] {
    return num::int_to_bytes(as_int(self)->to_mpz(), length, order == "little", is_signed);
  });
  return bytes_from(out);
}

Value m_from_bytes(Object* cls, Args a) {
  Object* argv[3];
  bind_args(a, "from_bytes", {"bytes", "byteorder", "signed"}, 1, argv, 0, 2);
  std::string order = "big";
  if (argv[1]) {
    if (!is_instance(argv[1], str_type)) {
      raise(exc::TypeError, "from_bytes() argument 'byteorder' must be str, not " + tname(argv[1]));
    }
    order = static_cast<Str*>(argv[1])->s;
  }
  if (order != "big" && order != "little")
    raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
  std::string data = bytes_like_data(argv[0]);
  bool is_signed = argv[2] && truthy(argv[2]);
  mpz_class v = num_call([&] { return num::int_from_bytes(data, order == "little", is_signed); });
  if (cls == int_type) return int_from(v);
  Value r = int_from(v);
  return call(cls, {r.get()});
}

Value m_index(Object* self, Args a) {
  check_no_args(a, "__index__");
  return int_index(self);
}

Value m_trunc(Object* self, Args a) {
  check_no_args(a, "__trunc__");
  return int_index(self);
}

Value m_round(Object* self, Args a) {
  no_kwargs(a, "__round__");
  check_positional(a, "__round__", 0, 1);
  if (a.npos == 0 || a[0] == None) return int_index(self);
  return int_round(self, a[0]);
}

Value m_abs(Object* self, Args a) {
  check_no_args(a, "__abs__");
  return int_abs(as_int(self));
}

Value m_format(Object* self, Args a) {
  check_one_arg(a, "__format__");
  if (!is_instance(a[0], str_type)) {
    raise(exc::TypeError, "__format__() argument must be str, not " + tname(a[0]));
  }
  return int_format(self, static_cast<Str*>(a[0]));
}

// divmod through this type's own slots, NotImplemented for foreign operands.
Value divmod_slots(Object* x, Object* y) {
  Value q = int_type->binop[int(BinOp::FloorDiv)](x, y);
  if (q.get() == NotImplemented) return q;
  Value r = int_type->binop[int(BinOp::Mod)](x, y);
  return tuple_from({q.get(), r.get()});
}

Value m_divmod(Object* self, Args a) {
  check_one_arg(a, "__divmod__");
  return divmod_slots(self, a[0]);
}

Value m_rdivmod(Object* self, Args a) {
  check_one_arg(a, "__rdivmod__");
  return divmod_slots(a[0], self);
}

Value m_getnewargs(Object* self, Args) {
  return tuple_from({int_index(self).get()});
}

Value get_real(Object* self) {
  return int_index(self);
}
Value get_imag(Object*) {
  return int_from(int64_t(0));
}
Value get_denominator(Object*) {
  return int_from(int64_t(1));
}

Value m_sizeof(Object* self, Args) {
  Int* x = as_int(self);
  int64_t digits =
      x->sign() == 0 ? 0 : int64_t((mpz_sizeinbase(x->to_mpz().get_mpz_t(), 2) + 29) / 30);
  return int_from(int64_t(24) + 4 * std::max<int64_t>(digits, 1));
}

}  // namespace

// int(x) for one argument (CPython: PyNumber_Long).
Value number_to_int(Object* x) {
  if (is_exactly(x, int_type)) return Value(x);
  if (is_instance(x, int_type)) return int_from(int_as_mpz(x));
  if (x->type->to_int) {
    Value r = x->type->to_int(x);
    if (!is_instance(r.get(), int_type)) {
      raise(exc::TypeError, "__int__ returned non-int (type " + tname(r.get()) + ")");
    }
    return r;
  }
  if (x->type->index) return number_index(x);
  static Str* trunc_name = intern("__trunc__");
  if (Value trunc = lookup_special(x, trunc_name)) {
    Value r = call(trunc.get(), {});
    if (!is_instance(r.get(), int_type)) {
      if (r->type->index) return number_index(r.get());
      raise(exc::TypeError, "__trunc__ returned non-Integral (type " + tname(r.get()) + ")");
    }
    return r;
  }
  if (is_instance(x, str_type)) return int_from_string(static_cast<Str*>(x)->s, 10);
  if (is_instance(x, bytes_type) || is_instance(x, bytearray_type))
    return int_from_bytes_literal(x, 10);
  raise(exc::TypeError,
        "int() argument must be a string, a bytes-like object or a real number, not '" + tname(x) +
            "'");
}

void init_int_type() {
  Type* t = int_type;
  t->new_instance = int_new;
  t->repr = int_repr;
  t->hash = int_hash_slot;
  t->richcompare = int_richcompare;
  t->binop[int(BinOp::Add)] = int_add;
  t->binop[int(BinOp::Sub)] = int_sub;
  t->binop[int(BinOp::Mul)] = int_mul;
  t->binop[int(BinOp::TrueDiv)] = int_truediv;
  t->binop[int(BinOp::FloorDiv)] = int_floordiv;
  t->binop[int(BinOp::Mod)] = int_mod;
  t->binop[int(BinOp::Pow)] = int_pow;
  t->binop[int(BinOp::LShift)] = int_lshift;
  t->binop[int(BinOp::RShift)] = int_rshift;
  t->binop[int(BinOp::And)] = int_and;
  t->binop[int(BinOp::Or)] = int_or;
  t->binop[int(BinOp::Xor)] = int_xor;
  t->unary[int(UnaryOp::Neg)] = int_neg;
  t->unary[int(UnaryOp::Pos)] = int_pos;
  t->unary[int(UnaryOp::Invert)] = int_invert;
  t->truth = int_truth;
  t->index = int_index;
  t->to_int = int_index;
  t->to_float = int_to_float;
  t->dict_offset = with_dict_offset<Int>();
  t->ready();
  add_method(t, "bit_length", m_bit_length);
  add_method(t, "bit_count", m_bit_count);
  add_method(t, "conjugate", m_conjugate);
  add_method(t, "as_integer_ratio", m_as_integer_ratio);
  add_method(t, "to_bytes", m_to_bytes);
  add_classmethod(t, "from_bytes", m_from_bytes);
  add_method(t, "__trunc__", m_trunc);
  add_method(t, "__floor__", m_index);
  add_method(t, "__ceil__", m_index);
  add_method(t, "__round__", m_round);
  add_method(t, "__abs__", m_abs);
  add_method(t, "__format__", m_format);
  add_method(t, "__getnewargs__", m_getnewargs);
  add_method(t, "__divmod__", m_divmod);
  add_method(t, "__rdivmod__", m_rdivmod);
  add_method(t, "__sizeof__", m_sizeof);
  add_getset(t, "real", get_real);
  add_getset(t, "imag", get_imag);
  add_getset(t, "numerator", get_real);
  add_getset(t, "denominator", get_denominator);
}

}  // namespace al
