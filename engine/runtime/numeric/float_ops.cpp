// Python float arithmetic as CPython 3.11. See float_ops.h.
#include "engine/runtime/numeric/float_ops.h"

#include <algorithm>
#include <cerrno>
#include <cmath>

#include "engine/runtime/numeric/errors.h"
#include "engine/runtime/numeric/int_float.h"

namespace al::num {

namespace {

// CPython: Objects/floatobject.c DOUBLE_IS_ODD_INTEGER
bool is_odd_integer(double x) {
  return std::fmod(std::fabs(x), 2.0) == 1.0;
}

// CPython: Objects/floatobject.c _float_div_mod
void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
  *mod = std::fmod(vx, wx);
  // fmod is exact, so vx - mod is mathematically a multiple of wx; the division may still be
  // inexact, which the snapping below repairs.
  double div = (vx - *mod) / wx;
  if (*mod != 0.0) {
    if ((wx < 0) != (*mod < 0)) {
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    *floordiv = std::floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = std::copysign(0.0, vx / wx);
  }
}

// The exact value of a finite double as mantissa * 2**exponent.
void decompose(double x, mpz_class* mantissa, long* exponent) {
  int e = 0;
  double frac = std::frexp(std::fabs(x), &e);
  *mantissa = mpz_class(std::ldexp(frac, 53));
  *exponent = e - 53;
}

mpz_class pow10(unsigned long n) {
  mpz_class r;
  mpz_ui_pow_ui(r.get_mpz_t(), 10, n);
  return r;
}

}  // namespace

double float_true_div(double a, double b) {
  if (b == 0.0) throw ZeroDivisionError("float division by zero");
  return a / b;
}

double float_floor_div(double a, double b) {
  if (b == 0.0) throw ZeroDivisionError("float floor division by zero");
  double q = 0, r = 0;
  float_div_mod(a, b, &q, &r);
  return q;
}

double float_mod(double a, double b) {
  if (b == 0.0) throw ZeroDivisionError("float modulo");
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

std::pair<double, double> float_divmod(double a, double b) {
  if (b == 0.0) throw ZeroDivisionError("float divmod()");
  double q = 0, r = 0;
  float_div_mod(a, b, &q, &r);
  return {q, r};
}

FloatPowResult float_pow(double iv, double iw) {
  if (iw == 0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) throw ZeroDivisionError("0.0 cannot be raised to a negative power");
    return odd ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      // CPython: Objects/complexobject.c _Py_c_pow (the exponent is real here).
      double len = std::pow(std::hypot(iv, 0.0), iw);
      double phase = std::atan2(0.0, iv) * iw;
      std::complex<double> r(len * std::cos(phase), len * std::sin(phase));
      if (std::isinf(r.real()) || std::isinf(r.imag()))
        throw OverflowError("complex exponentiation");
      return r;
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  errno = 0;
  double ix = std::pow(iv, iw);
  // CPython: Include/internal/pycore_pymath.h _Py_ADJUST_ERANGE1
  if (errno == 0 && std::isinf(ix))
    errno = ERANGE;
  else if (errno == ERANGE && ix == 0.0)
    errno = 0;
  if (negate) ix = -ix;
  if (errno != 0) {
    // CPython raises OverflowError(errno, strerror(errno)); its str() is this tuple text.
    if (errno == ERANGE) throw OverflowError("(34, 'Numerical result out of range')");
    throw ValueError("(33, 'Numerical argument out of domain')");
  }
  return ix;
}

// CPython computes the rounding with dtoa mode 3 and reads the decimal string back with
// strtod; both steps are correctly rounded, which exact integer arithmetic reproduces.
double float_round(double x, const mpz_class& ndigits) {
  if (!std::isfinite(x)) return x;
  // CPython: NDIGITS_MAX and NDIGITS_MIN in Objects/floatobject.c
  constexpr long kNdigitsMax = 323;
  constexpr long kNdigitsMin = -308;
  if (ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  long nd = ndigits.get_si();
  if (x == 0.0) return x;
  mpz_class mantissa;
  long e = 0;
  decompose(x, &mantissa, &e);
  mpz_class num = mantissa;
  mpz_class den = 1;
  if (e >= 0)
    mpz_mul_2exp(num.get_mpz_t(), num.get_mpz_t(), static_cast<unsigned long>(e));
  else
    mpz_mul_2exp(den.get_mpz_t(), den.get_mpz_t(), static_cast<unsigned long>(-e));
  if (nd >= 0)
    num *= pow10(static_cast<unsigned long>(nd));
  else
    den *= pow10(static_cast<unsigned long>(-nd));
  mpz_class q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
  int half = cmp(2 * r, den);
  if (half > 0 || (half == 0 && mpz_odd_p(q.get_mpz_t()))) q += 1;
  double result = 0.0;
  if (nd >= 0) {
    result = int_true_divide(q, pow10(static_cast<unsigned long>(nd)));
  } else {
    try {
      result = int_to_double(q * pow10(static_cast<unsigned long>(-nd)));
    } catch (const OverflowError&) {
      throw OverflowError("rounded value too large to represent");
    }
  }
  return std::copysign(result, x);
}

mpz_class float_round_to_int(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return double_to_int(rounded);
}

bool float_is_integer(double x) {
  return std::isfinite(x) && std::floor(x) == x;
}

std::pair<mpz_class, mpz_class> float_as_integer_ratio(double x) {
  if (std::isinf(x)) throw OverflowError("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) throw ValueError("cannot convert NaN to integer ratio");
  if (x == 0.0) return {0, 1};
  mpz_class mantissa;
  long e = 0;
  decompose(x, &mantissa, &e);
  if (x < 0) mantissa = -mantissa;
  mpz_class den = 1;
  if (e >= 0) {
    mpz_mul_2exp(mantissa.get_mpz_t(), mantissa.get_mpz_t(), static_cast<unsigned long>(e));
  } else {
    // Cancel the common powers of two.
    unsigned long twos = mpz_scan1(mantissa.get_mpz_t(), 0);
    unsigned long shift = std::min<unsigned long>(twos, static_cast<unsigned long>(-e));
    mpz_tdiv_q_2exp(mantissa.get_mpz_t(), mantissa.get_mpz_t(), shift);
    mpz_mul_2exp(den.get_mpz_t(), den.get_mpz_t(), static_cast<unsigned long>(-e) - shift);
  }
  return {mantissa, den};
}

}  // namespace al::num
