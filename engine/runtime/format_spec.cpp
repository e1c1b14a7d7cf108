// format() for int, float and str, and round() with ndigits: thin wrappers over al_numeric's
// format-spec mini-language and rounding (CPython: Python/formatter_unicode.c,
// Objects/floatobject.c double_round, Objects/longobject.c long_round).
#include "engine/runtime/float.h"
#include "engine/runtime/api.h"
#include "engine/runtime/int.h"
#include "engine/runtime/num_bridge.h"
#include "engine/runtime/numeric/float_ops.h"
#include "engine/runtime/numeric/format_spec.h"
#include "engine/runtime/numeric/int_ops.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"

namespace al {

Value int_format(Object* self, Str* spec) {
  if (spec->length == 0) return str(self);
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
