// Conversions and mixed operations between Python int and float. See int_float.h.
#include "engine/runtime/numeric/int_float.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "engine/runtime/numeric/errors.h"

namespace al::num {

namespace {

long bit_length(const mpz_class& v) {
  return v == 0 ? 0 : static_cast<long>(mpz_sizeinbase(v.get_mpz_t(), 2));
}

}  // namespace

double int_to_double(const mpz_class& value) {
  long bits = bit_length(value);
  if (bits <= DBL_MANT_DIG) return value.get_d();  // exact
  if (bits > DBL_MAX_EXP) throw OverflowError("int too large to convert to float");
  // Keep DBL_MANT_DIG + 1 bits, then round half to even using the dropped bits as sticky.
  mpz_class magnitude = abs(value);
  unsigned long drop = static_cast<unsigned long>(bits - DBL_MANT_DIG - 1);
  mpz_class top;
  mpz_fdiv_q_2exp(top.get_mpz_t(), magnitude.get_mpz_t(), drop);
  bool sticky = mpz_scan1(magnitude.get_mpz_t(), 0) < drop;
  bool half = mpz_tstbit(top.get_mpz_t(), 0);
  mpz_fdiv_q_2exp(top.get_mpz_t(), top.get_mpz_t(), 1);
  if (half && (sticky || mpz_odd_p(top.get_mpz_t()))) top += 1;
  double result = std::ldexp(top.get_d(), static_cast<int>(drop + 1));
  if (std::isinf(result)) throw OverflowError("int too large to convert to float");
  return value < 0 ? -result : result;
}

mpz_class double_to_int(double value) {
  if (std::isinf(value)) throw OverflowError("cannot convert float infinity to integer");
  if (std::isnan(value)) throw ValueError("cannot convert float NaN to integer");
  return mpz_class(std::trunc(value));
}

double int_true_divide(const mpz_class& a, const mpz_class& b) {
  if (b == 0) throw ZeroDivisionError("division by zero");
  bool negate = (a < 0) != (b < 0);
  if (a == 0) return negate ? -0.0 : 0.0;
  long a_bits = bit_length(a);
  long b_bits = bit_length(b);
  // Both operands exact as doubles: IEEE division is already correctly rounded.
  if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) return a.get_d() / b.get_d();

  long diff = a_bits - b_bits;
  if (diff > DBL_MAX_EXP) throw OverflowError("integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0.0 : 0.0;

  // Scale so the integer quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer for subnormal
  // results), remembering whether anything nonzero was discarded.
  mpz_class x = abs(a);
  mpz_class divisor = abs(b);
  long shift = std::max(diff, static_cast<long>(DBL_MIN_EXP)) - DBL_MANT_DIG - 2;
  bool inexact = false;
  if (shift <= 0) {
    mpz_mul_2exp(x.get_mpz_t(), x.get_mpz_t(), static_cast<unsigned long>(-shift));
  } else {
    inexact = mpz_scan1(x.get_mpz_t(), 0) < static_cast<unsigned long>(shift);
    mpz_fdiv_q_2exp(x.get_mpz_t(), x.get_mpz_t(), static_cast<unsigned long>(shift));
  }
  mpz_class rem;
  mpz_tdiv_qr(x.get_mpz_t(), rem.get_mpz_t(), x.get_mpz_t(), divisor.get_mpz_t());
  if (rem != 0) inexact = true;

  long x_bits = bit_length(x);
  long extra_bits = std::max(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  unsigned long mask = 1UL << (extra_bits - 1);
  unsigned long low = (mpz_get_ui(x.get_mpz_t()) & 0xFUL) | (inexact ? 1UL : 0UL);
  if ((low & mask) && (low & (3 * mask - 1))) x += mask;
  mpz_fdiv_q_2exp(x.get_mpz_t(), x.get_mpz_t(), static_cast<unsigned long>(extra_bits));
  mpz_mul_2exp(x.get_mpz_t(), x.get_mpz_t(), static_cast<unsigned long>(extra_bits));
  double dx = x.get_d();  // exact: at most DBL_MANT_DIG significant bits remain

  if (shift + x_bits >= DBL_MAX_EXP &&
      (shift + x_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, static_cast<int>(x_bits))))
    throw OverflowError("integer division result too large for a float");
  double result = std::ldexp(dx, static_cast<int>(shift));
  return negate ? -result : result;
}

std::partial_ordering compare_int_double(const mpz_class& a, double b) {
  if (std::isnan(b)) return std::partial_ordering::unordered;
  int c = mpz_cmp_d(a.get_mpz_t(), b);  // exact, and defined for infinities
  return c < 0   ? std::partial_ordering::less
         : c > 0 ? std::partial_ordering::greater
                 : std::partial_ordering::equivalent;
}

}  // namespace al::num
