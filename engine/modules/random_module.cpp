// The `random` module: random.Random wraps al_random_core (MT19937 and the algorithms of
// CPython 3.11's Lib/random.py), and the module-level functions are the methods of one hidden
// instance, as in CPython. Argument handling mirrors Lib/random.py's Python code, so errors
// carry its texts ("Random.randint() missing 1 required positional argument: 'b'").
// CPython: Lib/random.py, Modules/_randommodule.c
//
// Index: 1. the Random object and conversions  2. seeding and raw bits  3. integers
//        4. sequences  5. real-valued distributions  6. the type and the module
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <optional>
#include <string>
#include <vector>

#include "engine/modules/native_modules.h"
#include "engine/modules/py_signature.h"
#include "engine/modules/random_core/random.h"
#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/num_bridge.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/warnings.h"

namespace al {
namespace {

// ---- 1. the Random object and conversions ---------------------------------------------------

Type* random_type = nullptr;

struct RandomObject : Object {
  random_core::Random rng;
  explicit RandomObject(Type* t) : Object(t) { rng.seed_entropy(); }
};

random_core::Random& rng_of(Object* self) {
  if (!self || !is_instance(self, random_type)) {
    raise(exc::TypeError, "descriptor requires a 'random.Random' object but received '" +
                              std::string(self ? tname(self) : "NoneType") + "'");
  }
  return static_cast<RandomObject*>(self)->rng;
}

double to_double(Object* o) {
  double d;
  if (!number_as_double(o, d)) raise_type_error("must be real number, not " + tname(o));
  return d;
}

double arg_double(Object* o, double dflt) {
  return o ? to_double(o) : dflt;
}

// A state word: an int (CPython: PyLong_AsUnsignedLong / PyLong_AsLong in random_setstate).
int64_t int_as_int64_or_raise(Object* o) {
  if (!is_instance(o, int_type)) raise(exc::TypeError, "an integer is required");
  return index_as_int64(o);
}

// Python's float % for a positive divisor: the result takes the divisor's sign.
double py_fmod(double x, double m) {
  double r = std::fmod(x, m);
  if (r != 0 && (r < 0) != (m < 0)) r += m;
  return r;
}

// ---- 2. seeding and raw bits ----------------------------------------------------------------

// CPython: Lib/random.py Random.seed (version 1 string hashing, version 2 SHA-512), then
// Modules/_randommodule.c random_seed (abs of an int, the hash of anything else).
void do_seed(random_core::Random& r, Object* a, Object* version_obj) {
  int64_t version = 2;
  if (version_obj) {
    Value is_one = compare(version_obj, int_from(int64_t(1)).get(), CmpOp::Eq);
    Value is_two = compare(version_obj, int_from(int64_t(2)).get(), CmpOp::Eq);
    version = truthy(is_one.get()) ? 1 : truthy(is_two.get()) ? 2 : 0;
  }
  if (!a || a == None) {
    r.seed_entropy();
    return;
  }
  const bool is_str = is_instance(a, str_type);
  const bool is_bytes = is_instance(a, bytes_type);
  if (version == 1 && (is_str || is_bytes)) {
    std::vector<uint32_t> chars;
    if (is_str) {
      const std::string& s = static_cast<Str*>(a)->s;
      for (size_t i = 0; i < s.size();) chars.push_back(utf8_decode_at(s, i));
    } else {
      for (unsigned char c : static_cast<Bytes*>(a)->data) chars.push_back(c);
    }
    uint64_t x = chars.empty() ? 0 : uint64_t(chars[0]) << 7;
    for (uint32_t c : chars) x = (1000003 * x) ^ c;
    x ^= chars.size();
    r.seed(mpz_class(static_cast<unsigned long>(x)));
    return;
  }
  if (version == 2 && (is_str || is_bytes || is_instance(a, bytearray_type))) {
    r.seed_bytes(is_str ? static_cast<Str*>(a)->s : bytes_like_data(a));
    return;
  }
  if (is_instance(a, int_type)) {
    mpz_class n = int_as_mpz(a);
    r.seed(n < 0 ? mpz_class(-n) : n);
    return;
  }
  if (!is_instance(a, float_type) && !is_str && !is_bytes && !is_instance(a, bytearray_type)) {
    raise(exc::TypeError,
          "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  r.seed_hash(hash(a));
}

Value m_init(Object* self, Args a) {
  Object* v[1];
  bind_py_args(a, {"Random.__init__", {"x"}, 0}, v);
  do_seed(rng_of(self), v[0], nullptr);
  return none();
}

Value m_seed(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.seed", {"a", "version"}, 0}, v);
  do_seed(rng_of(self), v[0], v[1]);
  return none();
}

Value m_random(Object* self, Args a) {
  check_py_no_args(a, "Random.random");
  return float_from(rng_of(self).random());
}

// CPython: Modules/_randommodule.c _random_Random_getrandbits_impl (METH_O)
Value m_getrandbits(Object* self, Args a) {
  if (a.nkw()) raise(exc::TypeError, "Random.getrandbits() takes no keyword arguments");
  if (a.npos != 1) {
    raise(exc::TypeError,
          "Random.getrandbits() takes exactly one argument (" + std::to_string(a.npos) + " given)");
  }
  int64_t k = index_as_int64(a[0]);
  random_core::Random& r = rng_of(self);
  return int_from(num_call([&] { return r.getrandbits(k); }));
}

Value m_randbytes(Object* self, Args a) {
  Object* v[1];
  bind_py_args(a, {"Random.randbytes", {"n"}, 1}, v);
  int64_t n = index_as_int64(v[0]);
  random_core::Random& r = rng_of(self);
  return bytes_from(num_call([&] { return r.randbytes(n); }));
}

// CPython: Lib/random.py Random.getstate — (VERSION, the generator's 625 words, gauss_next).
Value m_getstate(Object* self, Args a) {
  bind_py_args(a, {"Random.getstate", {}, 0}, nullptr);
  random_core::Random& r = rng_of(self);
  std::vector<uint32_t> words = r.generator().state();
  Ref<Tuple> internal = tuple_new(words.size());
  for (size_t i = 0; i < words.size(); ++i) internal->set(i, int_from(int64_t(words[i])).get());
  std::optional<double> gauss_next = r.gauss_next();
  Value gauss = gauss_next ? float_from(*gauss_next) : none();
  Value version = int_from(int64_t(3));
  return tuple_from({version.get(), internal.get(), gauss.get()});
}

// CPython: Lib/random.py Random.setstate and Modules/_randommodule.c random_setstate.
Value m_setstate(Object* self, Args a) {
  Object* v[1];
  bind_py_args(a, {"Random.setstate", {"state"}, 1}, v);
  random_core::Random& r = rng_of(self);
  Value version = getitem(v[0], int_from(int64_t(0)).get());
  if (!eq(version.get(), int_from(int64_t(3)).get())) {
    raise_value_error("state with version " + str(version.get())->s +
                      " passed to Random.setstate() of version 3");
  }
  if (length(v[0]) != 3) {
    raise_value_error("too many values to unpack (expected 3)");
  }
  Value internal = getitem(v[0], int_from(int64_t(1)).get());
  Value gauss = getitem(v[0], int_from(int64_t(2)).get());
  if (!is_instance(internal.get(), tuple_type))
    raise(exc::TypeError, "state vector must be a tuple");
  auto* t = static_cast<Tuple*>(internal.get());
  if (t->size != 625) raise_value_error("state vector is the wrong size");
  std::vector<uint32_t> words(624);
  for (size_t i = 0; i < 624; ++i) {
    words[i] = uint32_t(uint64_t(int_as_int64_or_raise(t->span()[i])));
  }
  int64_t index = int_as_int64_or_raise(t->span()[624]);
  if (index < 0 || index > 624) raise_value_error("invalid state");
  num_call([&] { r.generator().set_state(words, size_t(index)); });
  r.set_gauss_next(gauss.get() == None ? std::nullopt
                                       : std::optional<double>(to_double(gauss.get())));
  return none();
}

// ---- 3. integers ----------------------------------------------------------------------------

// Lib/random.py randrange's conversion of one argument: operator.index, or int() of a float
// that is integral (deprecated since 3.10; the warning shows only when the call comes from
// __main__ directly, as CPython attributes it to the caller of randrange).
mpz_class randrange_arg(Object* x, const char* what, bool direct) {
  if (x->type->index) return int_as_mpz(number_index(x).get());
  Value as_int = number_to_int(x);
  if (!eq(as_int.get(), x)) {
    if (direct) warn(exc::DeprecationWarning, "randrange() will raise TypeError in the future");
    raise_value_error(std::string("non-integer ") + what + " for randrange()");
  }
  if (direct) {
    warn(exc::DeprecationWarning,
         "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be "
         "removed in a "
         "subsequent version");
  }
  return int_as_mpz(as_int.get());
}

// CPython: Lib/random.py Random.randrange
Value randrange_impl(random_core::Random& r, Object* start, Object* stop, Object* step,
                     bool direct) {
  mpz_class istart = randrange_arg(start, "arg 1", direct);
  if (!stop || stop == None) {
    if (step) raise(exc::TypeError, "Missing a non-None stop argument");
    return int_from(num_call([&] { return r.randrange(istart); }));
  }
  mpz_class istop = randrange_arg(stop, "stop", direct);
  mpz_class istep = step ? randrange_arg(step, "step", direct) : mpz_class(1);
  return int_from(num_call([&] { return r.randrange(istart, istop, istep); }));
}

Value m_randrange(Object* self, Args a) {
  Object* v[3];
  bind_py_args(a, {"Random.randrange", {"start", "stop", "step"}, 1}, v);
  return randrange_impl(rng_of(self), v[0], v[1], v[2], true);
}

// randint(a, b) is randrange(a, b + 1), with b + 1 computed by Python's + (so b=2.5 is a
// "non-integer stop").
Value m_randint(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.randint", {"a", "b"}, 2}, v);
  random_core::Random& r = rng_of(self);
  Value stop = binary_op(v[1], int_from(int64_t(1)).get(), BinOp::Add);
  return randrange_impl(r, v[0], stop.get(), nullptr, false);
}

// ---- 4. sequences ---------------------------------------------------------------------------

Value m_choice(Object* self, Args a) {
  Object* v[1];
  bind_py_args(a, {"Random.choice", {"seq"}, 1}, v);
  random_core::Random& r = rng_of(self);
  int64_t n = length(v[0]);
  size_t i = num_call([&] { return r.choice_index(size_t(n)); });
  return getitem(v[0], int_from(int64_t(i)).get());
}

Value m_shuffle(Object* self, Args a) {
  Object* v[1];
  bind_py_args(a, {"Random.shuffle", {"x"}, 1}, v);
  random_core::Random& r = rng_of(self);
  Object* x = v[0];
  int64_t n = length(x);
  r.shuffle(size_t(n), [&](size_t i, size_t j) {
    Value key_i = int_from(int64_t(i)), key_j = int_from(int64_t(j));
    Value xj = getitem(x, key_j.get());
    Value xi = getitem(x, key_i.get());
    setitem(x, key_i.get(), xj.get());
    setitem(x, key_j.get(), xi.get());
  });
  return none();
}

// isinstance(population, collections.abc.Sequence) for the types scripts pass.
bool is_sequence(Object* o) {
  if (is_instance(o, dict_type) || is_instance(o, set_type) || is_instance(o, frozenset_type))
    return false;
  return o->type->getitem && o->type->length;
}

// CPython: Lib/random.py Random.sample
Value m_sample(Object* self, Args a) {
  Object* v[3];
  bind_py_args(a, {"Random.sample", {"population", "k"}, 2, {"counts"}}, v);
  random_core::Random& r = rng_of(self);
  Object* population = v[0];
  if (!is_sequence(population)) {
    raise(exc::TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  int64_t n = length(population);
  int64_t k = index_as_int64(v[1]);
  if (v[2] && v[2] != None) {
    std::vector<mpz_class> cum;
    Value acc;
    for_each(v[2], [&](Object* c) {
      acc = acc ? binary_op(acc.get(), c, BinOp::Add) : Value(c);
      if (!is_instance(acc.get(), int_type)) raise(exc::TypeError, "Counts must be integers");
      cum.push_back(int_as_mpz(acc.get()));
    });
    if (int64_t(cum.size()) != n)
      raise_value_error("The number of counts does not match the population");
    mpz_class total = cum.back();
    cum.pop_back();
    if (total <= 0) raise_value_error("Total of counts must be greater than zero");
    if (!total.fits_slong_p())
      raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    std::vector<size_t> picks =
        num_call([&] { return r.sample_indices(size_t(total.get_si()), k); });
    Ref<List> out = list_new();
    for (size_t s : picks) {
      size_t idx = size_t(
          std::upper_bound(cum.begin(), cum.end(), mpz_class(static_cast<unsigned long>(s))) -
          cum.begin());
      list_append(out.get(), getitem(population, int_from(int64_t(idx)).get()).get());
    }
    return out;
  }
  std::vector<size_t> picks = num_call([&] { return r.sample_indices(size_t(n), k); });
  Ref<List> out = list_new();
  for (size_t i : picks)
    list_append(out.get(), getitem(population, int_from(int64_t(i)).get()).get());
  return out;
}

// CPython: Lib/random.py Random.choices
Value m_choices(Object* self, Args a) {
  Object* v[4];
  bind_py_args(a, {"Random.choices", {"population", "weights"}, 1, {"cum_weights", "k"}}, v);
  random_core::Random& r = rng_of(self);
  Object* population = v[0];
  Object* weights = v[1] && v[1] != None ? v[1] : nullptr;
  Object* cum_weights = v[2] && v[2] != None ? v[2] : nullptr;
  int64_t n = length(population);
  auto count = [&] { return v[3] ? std::max<int64_t>(0, index_as_int64(v[3])) : 1; };
  Ref<List> out = list_new();
  std::vector<double> cum;
  if (!cum_weights) {
    if (!weights) {
      int64_t k = count();
      for (int64_t i = 0; i < k; ++i) {
        size_t idx = r.choices_index(size_t(n));
        list_append(out.get(), getitem(population, int_from(int64_t(idx)).get()).get());
      }
      return out;
    }
    Value acc;
    try {
      for_each(weights, [&](Object* w) {
        acc = acc ? binary_op(acc.get(), w, BinOp::Add) : Value(w);
        cum.push_back(to_double(acc.get()));
      });
    } catch (PyException& e) {
      if (!exception_matches(e.exc.get(), exc::TypeError) || !is_instance(weights, int_type)) throw;
      raise(exc::TypeError,
            "The number of choices must be a keyword argument: k=" + repr(weights)->s);
    }
  } else {
    if (weights) raise(exc::TypeError, "Cannot specify both weights and cumulative weights");
    for_each(cum_weights, [&](Object* w) { cum.push_back(to_double(w)); });
  }
  if (int64_t(cum.size()) != n)
    raise_value_error("The number of weights does not match the population");
  if (cum.empty()) raise(exc::IndexError, "list index out of range");
  double total = cum.back() + 0.0;
  if (total <= 0.0) raise_value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) raise_value_error("Total of weights must be finite");
  int64_t k = count();
  for (int64_t i = 0; i < k; ++i) {
    size_t idx = num_call([&] { return r.choices_index_weighted(cum); });
    list_append(out.get(), getitem(population, int_from(int64_t(idx)).get()).get());
  }
  return out;
}

// ---- 5. real-valued distributions -----------------------------------------------------------

// uniform(a, b) = a + (b - a) * random(), with Python's operators so ints and errors behave.
Value m_uniform(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.uniform", {"a", "b"}, 2}, v);
  random_core::Random& r = rng_of(self);
  Value width = binary_op(v[1], v[0], BinOp::Sub);
  Value step = binary_op(width.get(), float_from(r.random()).get(), BinOp::Mul);
  return binary_op(v[0], step.get(), BinOp::Add);
}

Value m_triangular(Object* self, Args a) {
  Object* v[3];
  bind_py_args(a, {"Random.triangular", {"low", "high", "mode"}, 0}, v);
  random_core::Random& r = rng_of(self);
  double low = arg_double(v[0], 0.0), high = arg_double(v[1], 1.0);
  std::optional<double> mode;
  if (v[2] && v[2] != None) mode = to_double(v[2]);
  // (mode - low) / (high - low) raises ZeroDivisionError, and CPython then returns low as given.
  if (mode && high == low) {
    r.random();
    return v[0] ? Value(v[0]) : float_from(0.0);
  }
  return float_from(r.triangular(low, high, mode));
}

Value m_normalvariate(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.normalvariate", {"mu", "sigma"}, 0}, v);
  random_core::Random& r = rng_of(self);
  return float_from(r.normalvariate(arg_double(v[0], 0.0), arg_double(v[1], 1.0)));
}

Value m_gauss(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.gauss", {"mu", "sigma"}, 0}, v);
  random_core::Random& r = rng_of(self);
  return float_from(r.gauss(arg_double(v[0], 0.0), arg_double(v[1], 1.0)));
}

Value m_lognormvariate(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.lognormvariate", {"mu", "sigma"}, 2}, v);
  random_core::Random& r = rng_of(self);
  double z = r.normalvariate(to_double(v[0]), to_double(v[1]));
  double e = std::exp(z);
  if (std::isinf(e)) raise(exc::OverflowError, "math range error");
  return float_from(e);
}

Value m_expovariate(Object* self, Args a) {
  Object* v[1];
  bind_py_args(a, {"Random.expovariate", {"lambd"}, 1}, v);
  random_core::Random& r = rng_of(self);
  double lambd = to_double(v[0]);
  return float_from(num_call([&] { return r.expovariate(lambd); }));
}

Value m_paretovariate(Object* self, Args a) {
  Object* v[1];
  bind_py_args(a, {"Random.paretovariate", {"alpha"}, 1}, v);
  random_core::Random& r = rng_of(self);
  double alpha = to_double(v[0]);
  double u = 1.0 - r.random();
  if (alpha == 0.0) raise(exc::ZeroDivisionError, "float division by zero");
  return float_from(float_pow_impl(u, -1.0 / alpha));
}

Value m_weibullvariate(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.weibullvariate", {"alpha", "beta"}, 2}, v);
  random_core::Random& r = rng_of(self);
  double alpha = to_double(v[0]), beta = to_double(v[1]);
  double u = 1.0 - r.random();
  if (beta == 0.0) raise(exc::ZeroDivisionError, "float division by zero");
  return float_from(alpha * float_pow_impl(-std::log(u), 1.0 / beta));
}

// CPython: Lib/random.py Random.vonmisesvariate
Value m_vonmisesvariate(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.vonmisesvariate", {"mu", "kappa"}, 2}, v);
  random_core::Random& r = rng_of(self);
  const double two_pi = 2.0 * std::numbers::pi;
  double mu = to_double(v[0]), kappa = to_double(v[1]);
  if (kappa <= 1e-6) return float_from(two_pi * r.random());
  double s = 0.5 / kappa;
  double rr = s + std::sqrt(1.0 + s * s);
  double z;
  while (true) {
    double u1 = r.random();
    z = std::cos(std::numbers::pi * u1);
    double d = z / (rr + z);
    double u2 = r.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / rr;
  double f = (q + z) / (1.0 + q * z);
  double u3 = r.random();
  return float_from(u3 > 0.5 ? py_fmod(mu + std::acos(f), two_pi)
                             : py_fmod(mu - std::acos(f), two_pi));
}

// CPython: Lib/random.py Random.gammavariate
double gammavariate(random_core::Random& r, double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) raise_value_error("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    const double log4 = std::log(4.0);
    const double sg_magicconst = 1.0 + std::log(4.5);
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - log4;
    double ccc = alpha + ainv;
    while (true) {
      double u1 = r.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - r.random();
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + sg_magicconst - 4.5 * z >= 0.0 || rr >= std::log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -std::log(1.0 - r.random()) * beta;
  double x;
  while (true) {
    double u = r.random();
    double b = (std::numbers::e + alpha) / std::numbers::e;
    double p = b * u;
    x = p <= 1.0 ? float_pow_impl(p, 1.0 / alpha) : -std::log((b - p) / alpha);
    double u1 = r.random();
    if (p > 1.0) {
      if (u1 <= float_pow_impl(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  return x * beta;
}

Value m_gammavariate(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.gammavariate", {"alpha", "beta"}, 2}, v);
  random_core::Random& r = rng_of(self);
  return float_from(gammavariate(r, to_double(v[0]), to_double(v[1])));
}

Value m_betavariate(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"Random.betavariate", {"alpha", "beta"}, 2}, v);
  random_core::Random& r = rng_of(self);
  double alpha = to_double(v[0]), beta = to_double(v[1]);
  double y = gammavariate(r, alpha, 1.0);
  if (y == 0.0) return float_from(0.0);
  return float_from(y / (y + gammavariate(r, beta, 1.0)));
}

// ---- 6. the type and the module -------------------------------------------------------------

Value random_new(Type* t, Args) {
  return alloc_instance<RandomObject>(t);
}

void random_init(Object* self, Args a) {
  m_init(self, a);
}

struct MethodEntry {
  const char* name;
  NativeFn fn;
};

// The methods, in the order Lib/random.py exports them as module functions.
const MethodEntry kMethods[] = {
    {"seed", m_seed},
    {"random", m_random},
    {"uniform", m_uniform},
    {"triangular", m_triangular},
    {"randint", m_randint},
    {"choice", m_choice},
    {"randrange", m_randrange},
    {"sample", m_sample},
    {"shuffle", m_shuffle},
    {"choices", m_choices},
    {"normalvariate", m_normalvariate},
    {"lognormvariate", m_lognormvariate},
    {"expovariate", m_expovariate},
    {"vonmisesvariate", m_vonmisesvariate},
    {"gammavariate", m_gammavariate},
    {"gauss", m_gauss},
    {"betavariate", m_betavariate},
    {"paretovariate", m_paretovariate},
    {"weibullvariate", m_weibullvariate},
    {"getstate", m_getstate},
    {"setstate", m_setstate},
    {"getrandbits", m_getrandbits},
    {"randbytes", m_randbytes},
};

void init_random_type() {
  if (random_type) return;
  Type* t = new_builtin_type("Random", object_type);
  t->module = "random";
  t->dict_offset = with_dict_offset<RandomObject>();
  t->new_instance = random_new;
  t->init = random_init;
  for (const MethodEntry& e : kMethods) add_method(t, e.name, e.fn);
  t->ready();
  random_type = t;
}

Ref<Module> make_random_module() {
  init_random_type();
  Ref<Module> m = module_new("random");
  module_add(m.get(), "Random", random_type);
  Value inst = alloc_instance<RandomObject>(random_type);
  module_add(m.get(), "_inst", inst.get());
  for (const MethodEntry& e : kMethods)
    module_add(m.get(), e.name, make_builtin(e.name, e.fn, inst.get()).get());
  return m;
}

}  // namespace

void register_random_module() {
  register_module_factory("random", make_random_module);
}

}  // namespace al
