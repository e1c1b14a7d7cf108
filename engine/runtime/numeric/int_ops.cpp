// Python int semantics over GMP integers. See int_ops.h.
#include "engine/runtime/numeric/int_ops.h"

#include <atomic>
#include <limits>

#include "engine/runtime/numeric/errors.h"
#include "engine/runtime/numeric/float_ops.h"
#include "engine/runtime/numeric/int_float.h"

namespace al::num {

namespace {

std::atomic<int> g_max_str_digits{4300};

// Results bigger than this many bits are refused with MemoryError instead of letting GMP abort.
constexpr std::uint64_t kMaxResultBits = std::uint64_t{1} << 32;

void check_nonzero_divisor(const mpz_class& b, const char* message) {
  if (b == 0) throw ZeroDivisionError(message);
}

}  // namespace

int int_max_str_digits() {
  return g_max_str_digits.load(std::memory_order_relaxed);
}
void set_int_max_str_digits(int limit) {
  g_max_str_digits.store(limit, std::memory_order_relaxed);
}

std::string max_str_digits_to_str_message(int limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase "
         "the limit";
}

std::string max_str_digits_to_int_message(int limit, std::size_t digits) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion: value has " + std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

std::string int_to_decimal(const mpz_class& value) {
  if (value.fits_slong_p()) return std::to_string(value.get_si());  // at most 19 digits
  int limit = int_max_str_digits();
  // sizeinbase may exceed the true digit count by one, so it only rules out clear cases early.
  if (limit > 0 && mpz_sizeinbase(value.get_mpz_t(), 10) > static_cast<std::size_t>(limit) + 1)
    throw ValueError(max_str_digits_to_str_message(limit));
  std::string text = value.get_str(10);
  std::size_t digits = text.size() - (value < 0 ? 1 : 0);
  if (limit > 0 && digits > static_cast<std::size_t>(limit))
    throw ValueError(max_str_digits_to_str_message(limit));
  return text;
}

std::string int_to_base(const mpz_class& value, int base, bool with_prefix) {
  if (base == 10) return int_to_decimal(value);
  std::string out = value < 0 ? "-" : "";
  if (with_prefix) out += base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  if (value.fits_slong_p()) {
    // Machine-sized values skip GMP's conversion (the common case: hex(), format(i, "x")).
    long v = value.get_si();
    unsigned long m = v < 0 ? 0UL - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
    char buf[64];
    char* end = buf + sizeof buf;
    char* p = end;
    do {
      *--p = "0123456789abcdef"[m % static_cast<unsigned>(base)];
      m /= static_cast<unsigned>(base);
    } while (m);
    out.append(p, end);
    return out;
  }
  mpz_class magnitude = abs(value);
  out += magnitude.get_str(base);
  return out;
}

mpz_class int_floor_div(const mpz_class& a, const mpz_class& b) {
  check_nonzero_divisor(b, "integer division or modulo by zero");
  mpz_class q;
  mpz_fdiv_q(q.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return q;
}

mpz_class int_mod(const mpz_class& a, const mpz_class& b) {
  check_nonzero_divisor(b, "integer modulo by zero");
  mpz_class r;
  mpz_fdiv_r(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return r;
}

std::pair<mpz_class, mpz_class> int_divmod(const mpz_class& a, const mpz_class& b) {
  check_nonzero_divisor(b, "integer division or modulo by zero");
  mpz_class q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return {q, r};
}

mpz_class int_lshift(const mpz_class& a, const mpz_class& n) {
  if (n < 0) throw ValueError("negative shift count");
  if (a == 0) return 0;
  if (n > static_cast<unsigned long>(kMaxResultBits)) throw MemoryError("");
  mpz_class r;
  mpz_mul_2exp(r.get_mpz_t(), a.get_mpz_t(), n.get_ui());
  return r;
}

mpz_class int_rshift(const mpz_class& a, const mpz_class& n) {
  if (n < 0) throw ValueError("negative shift count");
  if (!n.fits_ulong_p()) return a < 0 ? -1 : 0;
  mpz_class r;
  mpz_fdiv_q_2exp(r.get_mpz_t(), a.get_mpz_t(), n.get_ui());
  return r;
}

std::size_t int_bit_length(const mpz_class& value) {
  return value == 0 ? 0 : mpz_sizeinbase(value.get_mpz_t(), 2);
}

std::variant<mpz_class, double> int_pow(const mpz_class& base, const mpz_class& exponent) {
  if (exponent < 0) {
    // CPython: a negative exponent without modulus is float ** float.
    FloatPowResult r = float_pow(int_to_double(base), int_to_double(exponent));
    return std::get<double>(r);
  }
  if (base == 0) return mpz_class(exponent == 0 ? 1 : 0);
  if (base == 1) return mpz_class(1);
  if (base == -1) return mpz_class(mpz_odd_p(exponent.get_mpz_t()) ? -1 : 1);
  std::uint64_t base_bits = int_bit_length(base) - 1;  // |base| >= 2, so at least 1
  if (!exponent.fits_ulong_p() || (base_bits > 0 && exponent.get_ui() > kMaxResultBits / base_bits))
    throw MemoryError("");
  mpz_class r;
  mpz_pow_ui(r.get_mpz_t(), base.get_mpz_t(), exponent.get_ui());
  return r;
}

mpz_class int_pow_mod(const mpz_class& base, const mpz_class& exponent, const mpz_class& modulus) {
  if (modulus == 0) throw ValueError("pow() 3rd argument cannot be 0");
  mpz_class m = abs(modulus);
  if (m == 1) return 0;
  mpz_class b = base;
  mpz_class e = exponent;
  if (e < 0) {
    e = -e;
    if (mpz_invert(b.get_mpz_t(), base.get_mpz_t(), m.get_mpz_t()) == 0)
      throw ValueError("base is not invertible for the given modulus");
  }
  mpz_class r;
  mpz_powm(r.get_mpz_t(), b.get_mpz_t(), e.get_mpz_t(), m.get_mpz_t());
  if (modulus < 0 && r != 0) r -= m;
  return r;
}

// CPython: Objects/longobject.c long_round and _PyLong_DivmodNear
mpz_class int_round(const mpz_class& value, const mpz_class& ndigits) {
  if (ndigits >= 0 || value == 0) return value;
  mpz_class k = -ndigits;
  // Once 10**k exceeds 2*|value| the nearest multiple is 0; this also avoids building 10**k.
  if (k > static_cast<unsigned long>(mpz_sizeinbase(value.get_mpz_t(), 10) + 1)) return 0;
  mpz_class pow10;
  mpz_ui_pow_ui(pow10.get_mpz_t(), 10, k.get_ui());
  mpz_class q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), value.get_mpz_t(), pow10.get_mpz_t());
  int cmp_half = cmp(2 * r, pow10);
  if (cmp_half > 0 || (cmp_half == 0 && mpz_odd_p(q.get_mpz_t()))) r -= pow10;
  return value - r;
}

// CPython: Objects/longobject.c int_to_bytes_impl and _PyLong_AsByteArray
std::string int_to_bytes(const mpz_class& value, std::int64_t length, bool little_endian,
                         bool is_signed) {
  if (length < 0) throw ValueError("length argument must be non-negative");
  if (!is_signed && value < 0) throw OverflowError("can't convert negative int to unsigned");
  std::size_t bits = static_cast<std::size_t>(length) * 8;
  mpz_class encoded = value;
  if (is_signed) {
    // Two's complement: -2**(bits-1) <= value < 2**(bits-1).
    mpz_class half;
    if (bits > 0) mpz_ui_pow_ui(half.get_mpz_t(), 2, bits - 1);
    // CPython lets -1 through as b'' for length 0: its sign extension has no bits to check.
    bool fits = bits == 0 ? (value == 0 || value == -1) : (value >= -half && value < half);
    if (!fits) throw OverflowError("int too big to convert");
    if (bits == 0) return "";
    if (value < 0) encoded += 2 * half;
  } else if (int_bit_length(value) > bits) {
    throw OverflowError("int too big to convert");
  }
  std::string out(static_cast<std::size_t>(length), '\0');
  std::size_t count = 0;
  if (encoded != 0) {
    std::string raw((int_bit_length(encoded) + 7) / 8, '\0');
    mpz_export(raw.data(), &count, 1, 1, 1, 0, encoded.get_mpz_t());
    out.replace(out.size() - count, count, raw, 0, count);
  }
  if (little_endian) return std::string(out.rbegin(), out.rend());
  return out;
}

mpz_class int_from_bytes(std::string_view bytes, bool little_endian, bool is_signed) {
  mpz_class value;
  if (!bytes.empty())
    mpz_import(value.get_mpz_t(), bytes.size(), little_endian ? -1 : 1, 1, 1, 0, bytes.data());
  std::size_t top = little_endian ? bytes.size() - 1 : 0;
  if (is_signed && !bytes.empty() && (static_cast<unsigned char>(bytes[top]) & 0x80)) {
    mpz_class full;
    mpz_ui_pow_ui(full.get_mpz_t(), 2, bytes.size() * 8);
    value -= full;
  }
  return value;
}

}  // namespace al::num
