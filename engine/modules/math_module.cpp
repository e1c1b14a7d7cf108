// The `math` module (CPython: Modules/mathmodule.c): the functions tutorials and lessons use,
// with CPython's argument conversion and its "math domain error" / "math range error" texts.
//
// Index: 1. conversions  2. float functions (gamma/lgamma: CPython's Lanczos approximation;
//        hypot/dist: CPython's vector_norm)  3. integer functions  4. sums and products
//        5. the module
#include <gmpxx.h>

#include <cerrno>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "engine/modules/native_modules.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/int.h"
#include "engine/runtime/module.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {
namespace {

// ---- 1. conversions -------------------------------------------------------------------------

double to_double(Object* o) {
  double d;
  if (!number_as_double(o, d)) raise_type_error("must be real number, not " + tname(o));
  return d;
}

[[noreturn]] void domain_error() {
  raise_value_error("math domain error");
}
[[noreturn]] void range_error() {
  raise(exc::OverflowError, "math range error");
}

// CPython: mathmodule.c math_1 — a NaN result from a non-NaN argument is a domain error, an
// infinite result from a finite argument is a range error unless the function may overflow
// to infinity legitimately (can_overflow false means it is a domain error, e.g. log(0)).
Value math_1(Args a, const char* name, double (*fn)(double), bool can_overflow) {
  no_kwargs(a, name);
  check_one_arg(a, name);
  double x = to_double(a[0]);
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return float_from(r);
}

// ---- 2. float functions ---------------------------------------------------------------------

#define AL_MATH_UNARY(pyname, cfn, overflow)                    \
  Value math_##pyname(Object*, Args a) {                        \
    return math_1(                                              \
        a, #pyname, [](double x) { return cfn(x); }, overflow); \
  }

AL_MATH_UNARY(sqrt, std::sqrt, false)
AL_MATH_UNARY(exp, std::exp, true)
AL_MATH_UNARY(expm1, std::expm1, true)
AL_MATH_UNARY(sin, std::sin, false)
AL_MATH_UNARY(cos, std::cos, false)
AL_MATH_UNARY(tan, std::tan, false)
AL_MATH_UNARY(asin, std::asin, false)
AL_MATH_UNARY(acos, std::acos, false)
AL_MATH_UNARY(atan, std::atan, false)
AL_MATH_UNARY(sinh, std::sinh, true)
AL_MATH_UNARY(cosh, std::cosh, true)
AL_MATH_UNARY(tanh, std::tanh, false)
AL_MATH_UNARY(fabs, std::fabs, false)
AL_MATH_UNARY(log1p, std::log1p, false)
AL_MATH_UNARY(acosh, std::acosh, false)
AL_MATH_UNARY(asinh, std::asinh, false)
AL_MATH_UNARY(atanh, std::atanh, false)
AL_MATH_UNARY(cbrt, std::cbrt, false)
AL_MATH_UNARY(exp2, std::exp2, true)
AL_MATH_UNARY(erf, std::erf, false)
AL_MATH_UNARY(erfc, std::erfc, false)
#undef AL_MATH_UNARY

// gamma and lgamma: CPython's own Lanczos approximation (mathmodule.c m_tgamma, m_lgamma),
// not the C library's, so that results match CPython's to the last bit.

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {23531376880.410759688572007674451636754734846804940,
                                           42919803642.649098768957899047001988850926355848959,
                                           35711959237.355668049440185451547166705960488635843,
                                           17921034426.037209699919755754458931112671403265390,
                                           6039542586.3520280050642916443072979210699388420708,
                                           1439720407.3117216736632230727949123939715485786772,
                                           248874557.86205415651146038641322942321632125127801,
                                           31426415.585400194380614231628318205362874684987640,
                                           2876370.6289353724412254090516208496135991145378768,
                                           186056.26539522349504029498971604569928220784236328,
                                           8071.6720023658162106380029022722506138218516325024,
                                           210.82427775157934587250973392071336271166969580291,
                                           2.5066282746310002701649081771338373386264310793408};
// The denominator x*(x+1)*...*(x+kLanczosN-2) as a polynomial.
constexpr double kLanczosDen[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};
// gamma(1) .. gamma(23), exact.
constexpr double kGammaIntegral[] = {1.0,
                                     1.0,
                                     2.0,
                                     6.0,
                                     24.0,
                                     120.0,
                                     720.0,
                                     5040.0,
                                     40320.0,
                                     362880.0,
                                     3628800.0,
                                     39916800.0,
                                     479001600.0,
                                     6227020800.0,
                                     87178291200.0,
                                     1307674368000.0,
                                     20922789888000.0,
                                     355687428096000.0,
                                     6402373705728000.0,
                                     121645100408832000.0,
                                     2432902008176640000.0,
                                     51090942171709440000.0,
                                     1124000727777607680000.0};

// Lanczos' sum L_g(x) for x > 0; rescaled by x**(1-N) for large x to avoid overflow.
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x), exact at the integers and half-integers. CPython: mathmodule.c m_sinpi
double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = int(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    case 2:
      r = std::sin(kPi * (1.0 - y));
      break;
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    default:
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

Value math_gamma(Object*, Args a) {
  no_kwargs(a, "gamma");
  check_one_arg(a, "gamma");
  double x = to_double(a[0]);
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return float_from(x);
    domain_error();
  }
  if (x == 0.0) domain_error();
  if (x == std::floor(x)) {
    if (x < 0.0) domain_error();
    if (x <= 23) return float_from(kGammaIntegral[int(x) - 1]);
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) range_error();
    return float_from(r);
  }
  if (absx > 200.0) {
    if (x < 0.0) return float_from(0.0 / sinpi(x));
    range_error();
  }
  double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, to correct the result with (exact in IEEE arithmetic).
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) range_error();
  return float_from(r);
}

Value math_lgamma(Object*, Args a) {
  no_kwargs(a, "lgamma");
  check_one_arg(a, "lgamma");
  double x = to_double(a[0]);
  if (!std::isfinite(x))
    return float_from(std::isnan(x) ? x : std::numeric_limits<double>::infinity());
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) domain_error();
    return float_from(0.0);
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return float_from(-std::log(absx));
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) range_error();
  return float_from(r);
}

Value math_frexp(Object*, Args a) {
  check_one_arg(a, "frexp");
  double x = to_double(a[0]);
  int e = 0;
  double m = std::isfinite(x) && x != 0 ? std::frexp(x, &e) : x;
  Value mant = float_from(m), expo = int_from(int64_t(e));
  return tuple_from({mant.get(), expo.get()});
}

// CPython: mathmodule.c math_ldexp_impl
Value math_ldexp(Object*, Args a) {
  no_kwargs(a, "ldexp");
  check_positional(a, "ldexp", 2, 2);
  double x = to_double(a[0]);
  if (!is_instance(a[1], int_type))
    raise_type_error("Expected an int as second argument to ldexp.");
  mpz_class e = int_as_mpz(a[1]);
  if (x == 0 || !std::isfinite(x)) return float_from(x);
  if (e > 100000) range_error();
  if (e < -100000) return float_from(std::copysign(0.0, x));
  double r = std::ldexp(x, int(e.get_si()));
  if (std::isinf(r)) range_error();
  return float_from(r);
}

// CPython: mathmodule.c m_remainder — IEEE 754 remainder.
Value math_remainder(Object*, Args a) {
  no_kwargs(a, "remainder");
  check_positional(a, "remainder", 2, 2);
  double x = to_double(a[0]), y = to_double(a[1]);
  if (std::isnan(x) || std::isnan(y)) return float_from(std::numeric_limits<double>::quiet_NaN());
  if (std::isinf(x) || y == 0) domain_error();
  if (std::isinf(y)) return float_from(x);
  return float_from(std::remainder(x, y));
}

Value math_nextafter(Object*, Args a) {
  no_kwargs(a, "nextafter");
  check_positional(a, "nextafter", 2, 2);
  return float_from(std::nextafter(to_double(a[0]), to_double(a[1])));
}

// CPython: mathmodule.c math_ulp_impl
Value math_ulp(Object*, Args a) {
  check_one_arg(a, "ulp");
  double x = to_double(a[0]);
  if (std::isnan(x)) return float_from(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_from(x);
  double x2 = std::nextafter(x, std::numeric_limits<double>::infinity());
  if (std::isinf(x2)) {
    x2 = std::nextafter(x, -std::numeric_limits<double>::infinity());
    return float_from(x - x2);
  }
  return float_from(x2 - x);
}

// log of a positive int of any size: CPython's loghelper splits big ints with frexp.
double log_of(Object* x, double (*fn)(double)) {
  if (is_instance(x, int_type)) {
    mpz_class v = int_as_mpz(x);
    if (v <= 0) domain_error();
    long exp;
    double m = mpz_get_d_2exp(&exp, v.get_mpz_t());
    return fn(m) + double(exp) * fn(2.0);
  }
  double d = to_double(x);
  if (std::isnan(d)) return d;
  if (d <= 0) domain_error();
  return fn(d);
}

Value math_log(Object*, Args a) {
  no_kwargs(a, "log");
  check_positional(a, "log", 1, 2);
  double num = log_of(a[0], [](double v) { return std::log(v); });
  if (a.npos == 1) return float_from(num);
  double den = log_of(a[1], [](double v) { return std::log(v); });
  if (den == 0) raise(exc::ZeroDivisionError, "float division by zero");
  return float_from(num / den);
}

Value math_log2(Object*, Args a) {
  no_kwargs(a, "log2");
  check_one_arg(a, "log2");
  return float_from(log_of(a[0], [](double v) { return std::log2(v); }));
}

Value math_log10(Object*, Args a) {
  no_kwargs(a, "log10");
  check_one_arg(a, "log10");
  return float_from(log_of(a[0], [](double v) { return std::log10(v); }));
}

Value math_pow(Object*, Args a) {
  no_kwargs(a, "pow");
  check_positional(a, "pow", 2, 2);
  double x = to_double(a[0]), y = to_double(a[1]);
  if (x == 0 && y < 0) domain_error();
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) domain_error();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return float_from(r);
}

Value math_atan2(Object*, Args a) {
  no_kwargs(a, "atan2");
  check_positional(a, "atan2", 2, 2);
  return float_from(std::atan2(to_double(a[0]), to_double(a[1])));
}

Value math_copysign(Object*, Args a) {
  no_kwargs(a, "copysign");
  check_positional(a, "copysign", 2, 2);
  return float_from(std::copysign(to_double(a[0]), to_double(a[1])));
}

Value math_fmod(Object*, Args a) {
  no_kwargs(a, "fmod");
  check_positional(a, "fmod", 2, 2);
  double x = to_double(a[0]), y = to_double(a[1]);
  if (std::isinf(x) || (y == 0 && !std::isnan(x))) domain_error();
  return float_from(std::fmod(x, y));
}

// A double-length value hi + lo (CPython: mathmodule.c DoubleLength).
struct DoubleLength {
  double hi, lo;
};

// The exact product of two doubles as hi + lo.
DoubleLength dl_mul(double x, double y) {
  double z = x * y;
  return {z, std::fma(x, y, -z)};
}

// The exact sum a + b as hi + lo, for |a| >= |b|.
DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  double z = x - a;
  return {x, b - z};
}

// The Euclidean norm of vec (absolute values, max their maximum), accurate to within an ulp.
// CPython: mathmodule.c vector_norm (3.11)
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return std::numeric_limits<double>::quiet_NaN();
  if (max == 0.0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: make the subnormals normal first.
    for (double& v : vec) v /= std::numeric_limits<double>::min();
    return std::numeric_limits<double>::min() *
           vector_norm(vec, max / std::numeric_limits<double>::min(), found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double v : vec) {
    double x = v * scale;  // lossless scaling
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);  // differential correction
  return h / scale;
}

Value math_hypot(Object*, Args a) {
  no_kwargs(a, "hypot");
  std::vector<double> coords;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < a.npos; ++i) {
    double x = std::fabs(to_double(a[i]));
    coords.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_from(vector_norm(coords, max, found_nan));
}

// CPython: mathmodule.c math_dist_impl
Value math_dist(Object*, Args a) {
  no_kwargs(a, "dist");
  check_positional(a, "dist", 2, 2);
  Value p = is_instance(a[0], tuple_type) ? Value(a[0]) : Value(tuple_from_iterable(a[0]));
  Value q = is_instance(a[1], tuple_type) ? Value(a[1]) : Value(tuple_from_iterable(a[1]));
  auto* pt = static_cast<Tuple*>(p.get());
  auto* qt = static_cast<Tuple*>(q.get());
  if (pt->size != qt->size)
    raise_value_error("both points must have the same number of dimensions");
  std::vector<double> diffs;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < pt->size; ++i) {
    double x = std::fabs(to_double((*pt)[i]) - to_double((*qt)[i]));
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_from(vector_norm(diffs, max, found_nan));
}

Value math_degrees(Object*, Args a) {
  no_kwargs(a, "degrees");
  check_one_arg(a, "degrees");
  return float_from(to_double(a[0]) * (180.0 / M_PI));
}

Value math_radians(Object*, Args a) {
  no_kwargs(a, "radians");
  check_one_arg(a, "radians");
  return float_from(to_double(a[0]) * (M_PI / 180.0));
}

Value math_isfinite(Object*, Args a) {
  check_one_arg(a, "isfinite");
  return bool_obj(std::isfinite(to_double(a[0])));
}

Value math_isinf(Object*, Args a) {
  check_one_arg(a, "isinf");
  return bool_obj(std::isinf(to_double(a[0])));
}

Value math_isnan(Object*, Args a) {
  check_one_arg(a, "isnan");
  return bool_obj(std::isnan(to_double(a[0])));
}

// CPython: mathmodule.c math_isclose_impl
Value math_isclose(Object*, Args a) {
  Object* args[4] = {};
  bind_args(a, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, args, 2, 2);
  double x = to_double(args[0]), y = to_double(args[1]);
  double rel = args[2] ? to_double(args[2]) : 1e-09;
  double abs_tol = args[3] ? to_double(args[3]) : 0.0;
  if (rel < 0.0 || abs_tol < 0.0) raise_value_error("tolerances must be non-negative");
  if (x == y) return bool_obj(true);
  if (std::isinf(x) || std::isinf(y)) return bool_obj(false);
  double diff = std::fabs(y - x);
  return bool_obj((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abs_tol);
}

// floor/ceil/trunc return ints; ints pass through unchanged.
Value round_to_int(Args a, const char* name, double (*fn)(double)) {
  no_kwargs(a, name);
  check_one_arg(a, name);
  if (is_instance(a[0], int_type)) return number_index(a[0]);
  return float_to_int_value(fn(to_double(a[0])));
}

Value math_floor(Object*, Args a) {
  return round_to_int(a, "floor", [](double x) { return std::floor(x); });
}
Value math_ceil(Object*, Args a) {
  return round_to_int(a, "ceil", [](double x) { return std::ceil(x); });
}
Value math_trunc(Object*, Args a) {
  return round_to_int(a, "trunc", [](double x) { return std::trunc(x); });
}

Value math_modf(Object*, Args a) {
  check_one_arg(a, "modf");
  double ip;
  double fp = std::modf(to_double(a[0]), &ip);
  Value frac = float_from(fp), whole = float_from(ip);
  return tuple_from({frac.get(), whole.get()});
}

// ---- 3. integer functions -------------------------------------------------------------------

mpz_class to_mpz(Object* o) {
  return int_as_mpz(number_index(o).get());
}

Value math_factorial(Object*, Args a) {
  no_kwargs(a, "factorial");
  check_one_arg(a, "factorial");
  mpz_class n = to_mpz(a[0]);
  if (n < 0) raise_value_error("factorial() not defined for negative values");
  if (!n.fits_ulong_p())
    raise(exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
  mpz_class r;
  mpz_fac_ui(r.get_mpz_t(), n.get_ui());
  return int_from(r);
}

Value math_gcd(Object*, Args a) {
  no_kwargs(a, "gcd");
  mpz_class r = 0;
  for (size_t i = 0; i < a.npos; ++i) {
    mpz_class v = to_mpz(a[i]);
    mpz_gcd(r.get_mpz_t(), r.get_mpz_t(), v.get_mpz_t());
  }
  return int_from(r);
}

Value math_lcm(Object*, Args a) {
  no_kwargs(a, "lcm");
  mpz_class r = 1;
  for (size_t i = 0; i < a.npos; ++i) {
    mpz_class v = to_mpz(a[i]);
    mpz_lcm(r.get_mpz_t(), r.get_mpz_t(), v.get_mpz_t());
  }
  return int_from(r);
}

Value math_isqrt(Object*, Args a) {
  check_one_arg(a, "isqrt");
  mpz_class n = to_mpz(a[0]);
  if (n < 0) raise_value_error("isqrt() argument must be nonnegative");
  mpz_class r;
  mpz_sqrt(r.get_mpz_t(), n.get_mpz_t());
  return int_from(r);
}

Value math_comb(Object*, Args a) {
  no_kwargs(a, "comb");
  check_positional(a, "comb", 2, 2);
  mpz_class n = to_mpz(a[0]), k = to_mpz(a[1]);
  if (n < 0) raise_value_error("n must be a non-negative integer");
  if (k < 0) raise_value_error("k must be a non-negative integer");
  if (k > n) return int_from(int64_t(0));
  mpz_class r;
  mpz_bin_ui(r.get_mpz_t(), n.get_mpz_t(), k.get_ui());
  return int_from(r);
}

Value math_perm(Object*, Args a) {
  no_kwargs(a, "perm");
  check_positional(a, "perm", 1, 2);
  mpz_class n = to_mpz(a[0]);
  mpz_class k = a.npos == 2 && a[1] != None ? to_mpz(a[1]) : n;
  if (n < 0) raise_value_error("n must be a non-negative integer");
  if (k < 0) raise_value_error("k must be a non-negative integer");
  if (k > n) return int_from(int64_t(0));
  mpz_class r = 1;
  for (mpz_class i = n - k + 1; i <= n; ++i) r *= i;
  return int_from(r);
}

// ---- 4. sums and products -------------------------------------------------------------------

// Exactly rounded sum (CPython: mathmodule.c math_fsum, Shewchuk's partials).
Value math_fsum(Object*, Args a) {
  check_one_arg(a, "fsum");
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  for_each(a[0], [&](Object* item) {
    double x = to_double(item);
    if (!std::isfinite(x)) {
      if (std::isinf(x)) inf_sum += x;
      special_sum += x;
      return;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
  });
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
    return float_from(special_sum);
  }
  double hi = 0.0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-even correctly when the remaining partials push the result over a tie.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  if (std::isinf(hi)) raise(exc::OverflowError, "intermediate overflow in fsum");
  return float_from(hi);
}

Value math_prod(Object*, Args a) {
  Object* args[2] = {};
  bind_args(a, "prod", {"iterable", "start"}, 1, args, 1, 1);
  Value acc = args[1] ? Value(args[1]) : int_from(int64_t(1));
  for_each(args[0], [&](Object* item) { acc = binary_op(acc.get(), item, BinOp::Mul); });
  return acc;
}

// ---- 5. the module --------------------------------------------------------------------------

Ref<Module> make_math_module() {
  Ref<Module> m = module_new("math");
  Module* mp = m.get();
  module_add(mp, "pi", float_from(M_PI).get());
  module_add(mp, "e", float_from(M_E).get());
  module_add(mp, "tau", float_from(2 * M_PI).get());
  module_add(mp, "inf", float_from(std::numeric_limits<double>::infinity()).get());
  module_add(mp, "nan", float_from(std::numeric_limits<double>::quiet_NaN()).get());
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry entries[] = {
      {"sqrt", math_sqrt},
      {"exp", math_exp},
      {"expm1", math_expm1},
      {"sin", math_sin},
      {"cos", math_cos},
      {"tan", math_tan},
      {"asin", math_asin},
      {"acos", math_acos},
      {"atan", math_atan},
      {"sinh", math_sinh},
      {"cosh", math_cosh},
      {"tanh", math_tanh},
      {"fabs", math_fabs},
      {"log1p", math_log1p},
      {"log", math_log},
      {"log2", math_log2},
      {"log10", math_log10},
      {"pow", math_pow},
      {"atan2", math_atan2},
      {"copysign", math_copysign},
      {"fmod", math_fmod},
      {"hypot", math_hypot},
      {"degrees", math_degrees},
      {"radians", math_radians},
      {"isfinite", math_isfinite},
      {"isinf", math_isinf},
      {"isnan", math_isnan},
      {"isclose", math_isclose},
      {"floor", math_floor},
      {"ceil", math_ceil},
      {"trunc", math_trunc},
      {"modf", math_modf},
      {"factorial", math_factorial},
      {"gcd", math_gcd},
      {"lcm", math_lcm},
      {"isqrt", math_isqrt},
      {"comb", math_comb},
      {"perm", math_perm},
      {"fsum", math_fsum},
      {"prod", math_prod},
      {"acosh", math_acosh},
      {"asinh", math_asinh},
      {"atanh", math_atanh},
      {"cbrt", math_cbrt},
      {"exp2", math_exp2},
      {"erf", math_erf},
      {"erfc", math_erfc},
      {"gamma", math_gamma},
      {"lgamma", math_lgamma},
      {"frexp", math_frexp},
      {"ldexp", math_ldexp},
      {"remainder", math_remainder},
      {"nextafter", math_nextafter},
      {"ulp", math_ulp},
      {"dist", math_dist},
  };
  for (const Entry& e : entries) module_add_function(mp, e.name, e.fn);
  return m;
}

}  // namespace

void register_math_module() {
  register_module_factory("math", make_math_module);
}

}  // namespace al
