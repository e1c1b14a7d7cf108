// Interned names the runtime and the VM compare by pointer: dunder methods and common
// attributes. `dunder::init` is "__init__"; the arrays follow BinOp / CmpOp / UnaryOp order.
#pragma once

#include "engine/runtime/object.h"

namespace al {

#define AL_DUNDER_NAMES(X)                                                                         \
  X(init)                                                                                          \
  X(new_) X(repr) X(str) X(hash) X(call) X(getattribute) X(getattr) X(setattr) X(delattr) X(get)   \
      X(set) X(delete_) X(iter) X(next) X(len) X(getitem) X(setitem) X(delitem) X(contains)        \
          X(bool_) X(index) X(int_) X(float_) X(abs) X(await) X(del) X(dict) X(class_) X(name)     \
              X(qualname) X(module) X(doc) X(enter) X(exit) X(aenter) X(aexit) X(aiter) X(anext)   \
                  X(format) X(round) X(reversed) X(set_name) X(init_subclass) X(classcell)         \
                      X(slots) X(bases) X(mro) X(build_class) X(builtins) X(length_hint)           \
                          X(missing) X(trunc) X(floor) X(ceil) X(dir) X(annotations) X(weakref)    \
                              X(self) X(func) X(wrapped) X(notes) X(traceback) X(cause) X(context) \
                                  X(suppress_context) X(instancecheck) X(subclasscheck)            \
                                      X(subclasses) X(file) X(orig_bases) X(prepare)               \
                                          X(mro_entries) X(sizeof_) X(reduce) X(reduce_ex)         \
                                              X(getstate)

namespace dunder {
#define AL_DECLARE_DUNDER(n) extern Str* n;
AL_DUNDER_NAMES(AL_DECLARE_DUNDER)
#undef AL_DECLARE_DUNDER
extern Str* binop[size_t(BinOp::kCount)];    // "__add__"
extern Str* rbinop[size_t(BinOp::kCount)];   // "__radd__"
extern Str* ibinop[size_t(BinOp::kCount)];   // "__iadd__"
extern Str* cmp[6];                          // "__lt__" .. "__ge__"
extern Str* unary[size_t(UnaryOp::kCount)];  // "__neg__", "__pos__", "__invert__"
}  // namespace dunder

void init_names();

}  // namespace al
