// format() for int, float and str, and round() with ndigits: thin wrappers over al_numeric's
// format-spec mini-language and rounding (CPython: Python/formatter_unicode.c,
// Objects/floatobject.c double_round, Objects/longobject.c long_round).
#include "engine/runtime/numeric/format_spec.h"
#include "engine/runtime/api.h"
#include "engine/runtime/float.h"
#include "engine/runtime/int.h"
#include "engine/runtime/num_bridge.h"
#include "engine/runtime/numeric/float_ops.h"
#include "engine/runtime/numeric/int_ops.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

// format() of a machine-sized int with a spec of the form [0][width][d|x|X|o|b] (the common
// f-string fields), laid out as CPython's fill_number would: spaces before the sign, or zeros
// between the sign and the digits. Returns false for any other spec.
bool format_small_int(int64_t v, std::string_view spec, std::string& out) {
  size_t pos = 0;
  const bool zero = !spec.empty() && spec[0] == '0';
  if (zero) ++pos;
  int64_t width = 0;
  const size_t digits_at = pos;
  while (pos < spec.size() && spec[pos] >= '0' && spec[pos] <= '9') {
    if (pos - digits_at >= 9) return false;  // leave huge widths to the full parser
    width = width * 10 + (spec[pos++] - '0');
  }
  int base = 10;
  bool upper = false;
  if (pos < spec.size()) {
    switch (spec[pos++]) {
      case 'd':
        base = 10;
        break;
      case 'x':
        base = 16;
        break;
      case 'X':
        base = 16;
        upper = true;
        break;
      case 'o':
        base = 8;
        break;
      case 'b':
        base = 2;
        break;
      default:
        return false;
    }
  }
  if (pos != spec.size()) return false;
  const char* alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  char buf[64];
  char* end = buf + sizeof buf;
  char* p = end;
  do {
    *--p = alphabet[mag % unsigned(base)];
    mag /= unsigned(base);
  } while (mag);
  const auto ndigits = int64_t(end - p);
  const int64_t used = ndigits + (v < 0 ? 1 : 0);
  const int64_t pad = width > used ? width - used : 0;
  out.clear();
  out.reserve(size_t(used + pad));
  if (!zero) out.append(size_t(pad), ' ');
  if (v < 0) out.push_back('-');
  if (zero) out.append(size_t(pad), '0');
  out.append(p, end);
  return true;
}

}  // namespace

Value int_format(Object* self, Str* spec) {
  if (spec->length == 0) return str(self);
  int64_t small;
  std::string text;
  if (spec->ascii && int_as_int64(self, small) && format_small_int(small, spec->s, text)) {
    return str_from(std::move(text));
  }
  const std::string& name = self->type->name;
  return str_from(num_call([&] { return num::format_int(int_as_mpz(self), spec->s, name); }));
}

Value float_format(double x, Str* spec) {
  return str_from(num_call([&] { return num::format_float(x, spec->s); }));
}

Value str_format_spec(Str* s, Str* spec) {
  if (spec->length == 0) return str_from(s->s);
  return str_from(num_call([&] { return num::format_str(s->s, spec->s); }));
}

double float_round(double x, int64_t ndigits) {
  return num_call([&] { return num::float_round(x, mpz_class(static_cast<long>(ndigits))); });
}

Value int_round(Object* self, Object* ndigits) {
  Value nd = number_index(ndigits);
  return int_from(num_call([&] { return num::int_round(int_as_mpz(self), int_as_mpz(nd.get())); }));
}

}  // namespace al
