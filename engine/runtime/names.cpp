// Interning of the dunder names listed in names.h at start-up.
#include "engine/runtime/names.h"

#include <string>

#include "engine/runtime/str.h"

namespace al {
namespace dunder {
#define AL_DEFINE_DUNDER(n) Str* n;
AL_DUNDER_NAMES(AL_DEFINE_DUNDER)
#undef AL_DEFINE_DUNDER
Str* binop[size_t(BinOp::kCount)];
Str* rbinop[size_t(BinOp::kCount)];
Str* ibinop[size_t(BinOp::kCount)];
Str* cmp[6];
Str* unary[size_t(UnaryOp::kCount)];
}  // namespace dunder

namespace {
// "new_" -> "__new__": a trailing underscore only avoids C++ keywords.
Str* dunder_of(const char* ident) {
  std::string s = ident;
  if (s.back() == '_') s.pop_back();
  return intern("__" + s + "__");
}
}  // namespace

void init_names() {
#define AL_INIT_DUNDER(n) dunder::n = dunder_of(#n);
  AL_DUNDER_NAMES(AL_INIT_DUNDER)
#undef AL_INIT_DUNDER
  static const char* ops[] = {"add", "sub",    "mul",    "matmul", "truediv", "floordiv", "mod",
                              "pow", "lshift", "rshift", "and",    "or",      "xor"};
  for (size_t i = 0; i < size_t(BinOp::kCount); ++i) {
    dunder::binop[i] = intern(std::string("__") + ops[i] + "__");
    dunder::rbinop[i] = intern(std::string("__r") + ops[i] + "__");
    dunder::ibinop[i] = intern(std::string("__i") + ops[i] + "__");
  }
  static const char* cmps[] = {"lt", "le", "eq", "ne", "gt", "ge"};
  for (size_t i = 0; i < 6; ++i) dunder::cmp[i] = intern(std::string("__") + cmps[i] + "__");
  static const char* un[] = {"neg", "pos", "invert"};
  for (size_t i = 0; i < size_t(UnaryOp::kCount); ++i) {
    dunder::unary[i] = intern(std::string("__") + un[i] + "__");
  }
}

}  // namespace al
