// float objects (CPython: Objects/floatobject.c). The arithmetic with special cases, parsing,
// rounding and conversions come from al_numeric; this file wraps them as slots and methods.
//
// Index
//   1. Construction and conversions (float(x), parsing)
//   2. Arithmetic slots
//   3. repr, hash, comparison with ints (exact)
//   4. Methods and the type
#include "engine/runtime/float.h"

#include <cerrno>
#include <cfenv>
#include <cmath>
#include <cstdlib>
#include <variant>

#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/hash.h"
#include "engine/runtime/int.h"
#include "engine/runtime/num_bridge.h"
#include "engine/runtime/numeric/float_ops.h"
#include "engine/runtime/numeric/float_repr.h"
#include "engine/runtime/numeric/int_float.h"
#include "engine/runtime/numeric/number_parse.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Value float_from(double v) {
  return make<Float>(float_type, v);
}

std::string float_repr(double v) {
  return num::float_repr(v);
}

int64_t float_hash(double v) {
  return hash_double(v, 0);
}

bool number_as_double(Object* o, double& out) {
  if (is_instance(o, float_type)) {
    out = static_cast<Float*>(o)->value;
    return true;
  }
  if (is_instance(o, int_type)) {
    out = int_to_double(o);
    return true;
  }
  return false;
}

Value float_from_string(std::string_view text) {
  return float_from(num_call([&] { return num::parse_float(text); }));
}

double float_as_double(Object* o) {
  if (is_instance(o, float_type)) return static_cast<Float*>(o)->value;
  if (o->type->to_float) {
    Value r = o->type->to_float(o);
    if (!is_instance(r.get(), float_type)) {
      raise(exc::TypeError,
            o->type->name + ".__float__ returned non-float (type " + tname(r.get()) + ")");
    }
    return static_cast<Float*>(r.get())->value;
  }
  if (o->type->index) return int_to_double(number_index(o).get());
  raise(exc::TypeError, "must be real number, not " + tname(o));
}

namespace {

double fval(Object* o) {
  return static_cast<Float*>(o)->value;
}

// Both operands as doubles when the pair is float/int; false means NotImplemented.
bool coerce(Object* a, Object* b, double& x, double& y) {
  if (!is_instance(a, float_type) && !is_instance(b, float_type)) return false;
  return number_as_double(a, x) && number_as_double(b, y);
}

#define AL_FLOAT_PAIR \
  double x, y;        \
  if (!coerce(a, b, x, y)) return Value(NotImplemented);

Value float_add(Object* a, Object* b) {
  AL_FLOAT_PAIR
  return float_from(x + y);
}
Value float_sub(Object* a, Object* b) {
  AL_FLOAT_PAIR
  return float_from(x - y);
}
Value float_mul(Object* a, Object* b) {
  AL_FLOAT_PAIR
  return float_from(x * y);
}
Value float_div(Object* a, Object* b) {
  AL_FLOAT_PAIR
  if (y == 0.0) raise(exc::ZeroDivisionError, "float division by zero");
  return float_from(x / y);
}

Value float_floordiv(Object* a, Object* b) {
  AL_FLOAT_PAIR
  return float_from(num_call([&] { return num::float_floor_div(x, y); }));
}

Value float_mod(Object* a, Object* b) {
  AL_FLOAT_PAIR
  return float_from(num_call([&] { return num::float_mod(x, y); }));
}

}  // namespace

double float_pow_impl(double x, double y) {
  auto r = num_call([&] { return num::float_pow(x, y); });
  if (auto* d = std::get_if<double>(&r)) return *d;
  raise(exc::ValueError,
        "complex numbers are not supported (negative number raised to a fractional power)");
}

namespace {

Value float_pow(Object* a, Object* b) {
  AL_FLOAT_PAIR
  return float_from(float_pow_impl(x, y));
}

#undef AL_FLOAT_PAIR

Value float_neg(Object* a) {
  return float_from(-fval(a));
}
Value float_pos(Object* a) {
  return is_exactly(a, float_type) ? Value(a) : float_from(fval(a));
}
bool float_truth(Object* a) {
  return fval(a) != 0.0;
}

Value float_to_float(Object* a) {
  return float_pos(a);
}

}  // namespace

// int(float): truncation (CPython: float___trunc___impl).
Value float_to_int_value(double v) {
  if (v > -9.2e18 && v < 9.2e18) return int_from(int64_t(v));
  return int_from(num_call([&] { return num::double_to_int(v); }));
}

namespace {

Value float_to_int(Object* a) {
  return float_to_int_value(fval(a));
}

Value float_repr_slot(Object* a) {
  return str_from(num::float_repr(fval(a)));
}

int64_t float_hash_slot(Object* a) {
  return hash_double(fval(a), reinterpret_cast<uintptr_t>(a));
}

Value float_richcompare(Object* a, Object* b, CmpOp op) {
  double x = fval(a);
  int c;
  if (is_instance(b, float_type)) {
    double y = fval(b);
    if (std::isnan(x) || std::isnan(y)) return bool_obj(op == CmpOp::Ne);
    c = x < y ? -1 : x > y;
  } else if (is_instance(b, int_type)) {
    if (std::isnan(x)) return bool_obj(op == CmpOp::Ne);
    c = -compare_int_double(b, x);
  } else {
    return Value(NotImplemented);
  }
  return bool_obj(cmp_holds(c, op));
}

Value float_new(Type* t, Args a) {
  if (t == float_type) no_kwargs(a, "float");
  check_positional(a, "float", 0, 1);
  Value v;
  if (a.npos == 0) {
    v = float_from(0.0);
  } else {
    Object* x = a[0];
    if (is_exactly(x, float_type)) {
      v = Value(x);
    } else if (is_instance(x, str_type)) {
      v = float_from_string(static_cast<Str*>(x)->s);
    } else if (is_instance(x, bytes_type)) {
      v = float_from_string(bytes_like_data(x));
    } else if (x->type->to_float || x->type->index) {
      v = float_from(float_as_double(x));
    } else {
      raise(exc::TypeError,
            "float() argument must be a string or a real number, not '" + tname(x) + "'");
    }
  }
  if (t == float_type) return v;
  return alloc_instance<Float>(t, fval(v.get()));
}

Value m_is_integer(Object* self, Args a) {
  check_no_args(a, "is_integer");
  return bool_obj(num::float_is_integer(fval(self)));
}

Value m_as_integer_ratio(Object* self, Args a) {
  check_no_args(a, "as_integer_ratio");
  auto [n, d] = num_call([&] { return num::float_as_integer_ratio(fval(self)); });
  return tuple_from({int_from(n).get(), int_from(d).get()});
}

Value m_hex(Object* self, Args a) {
  check_no_args(a, "hex");
  double v = fval(self);
  if (std::isnan(v) || std::isinf(v)) return str_from(num::float_repr(v));
  if (v == 0.0) return str_from(std::signbit(v) ? "-0x0.0p+0" : "0x0.0p+0");
  // CPython: float_hex prints 13 hex digits of mantissa and a decimal binary exponent.
  std::string out = v < 0 ? "-" : "";
  double m = std::fabs(v);
  int e;
  m = std::frexp(m, &e);  // m in [0.5, 1)
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char* hexd = "0123456789abcdef";
  auto lead = int(m);
  out += "0x";
  out += hexd[lead];
  m -= lead;
  out += ".";
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    auto d = int(m);
    out += hexd[d];
    m -= d;
  }
  out += "p";
  out += (e < 0 ? "-" : "+");
  out += std::to_string(std::abs(e));
  return str_from(out);
}

Value m_fromhex(Object* cls, Args a) {
  check_one_arg(a, "fromhex");
  if (!is_instance(a[0], str_type))
    raise(exc::TypeError, "bad argument type for built-in operation");
  std::string s = static_cast<Str*>(a[0])->s;
  size_t b = s.find_first_not_of(" \t\n\r\f\v");
  size_t e = s.find_last_not_of(" \t\n\r\f\v");
  std::string body = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  char* end = nullptr;
  double v = std::strtod(body.c_str(), &end);
  bool hexish = body.find_first_of("xX") != std::string::npos ||
                body.find_first_of("pP") != std::string::npos ||
                body.find_first_not_of("+-0123456789abcdefABCDEF.") == std::string::npos;
  std::string lower = body;
  for (char& ch : lower) ch = char(tolower(static_cast<unsigned char>(ch)));
  size_t sign = (!lower.empty() && (lower[0] == '+' || lower[0] == '-')) ? 1 : 0;
  std::string word = lower.substr(sign);
  if (word == "inf" || word == "infinity" || word == "nan") {
    double special = word == "nan" ? NAN : INFINITY;
    Value r = float_from(sign && lower[0] == '-' ? -special : special);
    return cls == float_type ? r : call(cls, {r.get()});
  }
  if (body.empty() || end != body.c_str() + body.size() || !hexish) {
    raise(exc::ValueError, "invalid hexadecimal floating-point string");
  }
  if (body.find_first_of("xX") == std::string::npos &&
      body.find_first_of("iInN") == std::string::npos) {
    std::string with = body;
    size_t k = (with[0] == '+' || with[0] == '-') ? 1 : 0;
    with.insert(k, "0x");
    v = std::strtod(with.c_str(), &end);
  }
  if (std::isinf(v) && body.find_first_of("iI") == std::string::npos) {
    raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
  }
  Value r = float_from(v);
  if (cls == float_type) return r;
  return call(cls, {r.get()});
}

Value m_conjugate(Object* self, Args a) {
  check_no_args(a, "conjugate");
  return float_pos(self);
}

Value m_trunc(Object* self, Args a) {
  check_no_args(a, "__trunc__");
  return float_to_int(self);
}

Value m_floor(Object* self, Args a) {
  check_no_args(a, "__floor__");
  return float_to_int_value(std::floor(fval(self)));
}

Value m_ceil(Object* self, Args a) {
  check_no_args(a, "__ceil__");
  return float_to_int_value(std::ceil(fval(self)));
}

Value m_round(Object* self, Args a) {
  no_kwargs(a, "__round__");
  check_positional(a, "__round__", 0, 1);
  double v = fval(self);
  if (a.npos == 0 || a[0] == None)
    return int_from(num_call([&] { return num::float_round_to_int(v); }));
  int64_t nd = index_as_int64(a[0]);
  return float_from(float_round(v, nd));
}

Value m_abs(Object* self, Args a) {
  check_no_args(a, "__abs__");
  return float_from(std::fabs(fval(self)));
}

Value m_format(Object* self, Args a) {
  check_one_arg(a, "__format__");
  if (!is_instance(a[0], str_type)) {
    raise(exc::TypeError, "__format__() argument must be str, not " + tname(a[0]));
  }
  return float_format(fval(self), static_cast<Str*>(a[0]));
}

// divmod through this type's own slots, NotImplemented for foreign operands.
Value divmod_slots(Object* x, Object* y) {
  Value q = float_type->binop[int(BinOp::FloorDiv)](x, y);
  if (q.get() == NotImplemented) return q;
  Value r = float_type->binop[int(BinOp::Mod)](x, y);
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
  return tuple_from({float_pos(self).get()});
}

Value get_real(Object* self) {
  return float_pos(self);
}
Value get_imag(Object*) {
  return float_from(0.0);
}

Value m_getformat(Object*, Args a) {
  check_one_arg(a, "__getformat__");
  return str_from("IEEE, little-endian");
}

}  // namespace

void init_float_type() {
  Type* t = float_type;
  t->new_instance = float_new;
  t->repr = float_repr_slot;
  t->hash = float_hash_slot;
  t->richcompare = float_richcompare;
  t->binop[int(BinOp::Add)] = float_add;
  t->binop[int(BinOp::Sub)] = float_sub;
  t->binop[int(BinOp::Mul)] = float_mul;
  t->binop[int(BinOp::TrueDiv)] = float_div;
  t->binop[int(BinOp::FloorDiv)] = float_floordiv;
  t->binop[int(BinOp::Mod)] = float_mod;
  t->binop[int(BinOp::Pow)] = float_pow;
  t->unary[int(UnaryOp::Neg)] = float_neg;
  t->unary[int(UnaryOp::Pos)] = float_pos;
  t->truth = float_truth;
  t->to_int = float_to_int;
  t->to_float = float_to_float;
  t->dict_offset = with_dict_offset<Float>();
  t->ready();
  add_method(t, "is_integer", m_is_integer);
  add_method(t, "as_integer_ratio", m_as_integer_ratio);
  add_method(t, "hex", m_hex);
  add_classmethod(t, "fromhex", m_fromhex);
  add_classmethod(t, "__getformat__", m_getformat);
  add_method(t, "conjugate", m_conjugate);
  add_method(t, "__trunc__", m_trunc);
  add_method(t, "__floor__", m_floor);
  add_method(t, "__ceil__", m_ceil);
  add_method(t, "__round__", m_round);
  add_method(t, "__abs__", m_abs);
  add_method(t, "__format__", m_format);
  add_method(t, "__getnewargs__", m_getnewargs);
  add_method(t, "__divmod__", m_divmod);
  add_method(t, "__rdivmod__", m_rdivmod);
  add_getset(t, "real", get_real);
  add_getset(t, "imag", get_imag);
}

}  // namespace al
