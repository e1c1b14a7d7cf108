// Bound methods (CPython: Objects/classobject.c).
#include "engine/runtime/method.h"

#include <cstdio>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Value method_new(Object* func, Object* self) {
  return make<Method>(method_type, func, self);
}

namespace {

Method* as_method(Object* o) {
  return static_cast<Method*>(o);
}

Value method_call(Object* self, Args a) {
  Method* m = as_method(self);
  size_t n = a.npos + a.nkw();
  Object* small[8];
  std::vector<Object*> big;
  Object** buf = small;
  if (n + 1 > 8) {
    big.resize(n + 1);
    buf = big.data();
  }
  buf[0] = m->self.get();
  for (size_t i = 0; i < n; ++i) buf[i + 1] = a.items[i];
  return call(m->func.get(), Args{buf, a.npos + 1, a.kwnames});
}

Value method_repr(Object* self) {
  Method* m = as_method(self);
  Value name = getattr_opt(m->func.get(), dunder::qualname);
  if (!name) name = getattr_opt(m->func.get(), dunder::name);
  std::string n =
      name && is_instance(name.get(), str_type) ? static_cast<Str*>(name.get())->s : "?";
  return str_from("<bound method " + n + " of " + repr(m->self.get())->s + ">");
}

Value method_richcompare(Object* a, Object* b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_exactly(b, method_type))
    return Value(NotImplemented);
  bool same = eq(as_method(a)->func.get(), as_method(b)->func.get()) &&
              as_method(a)->self.get() == as_method(b)->self.get();
  return bool_obj(op == CmpOp::Eq ? same : !same);
}

int64_t method_hash(Object* self) {
  Method* m = as_method(self);
  int64_t h = hash(m->func.get()) ^ int64_t(reinterpret_cast<uintptr_t>(m->self.get()) >> 4);
  return h == -1 ? -2 : h;
}

// Attributes not found on the method come from the function (CPython: method_getattro).
Value method_getattro(Object* self, Str* name) {
  if (Value v = generic_getattr(self, name, true)) return v;
  return getattr(as_method(self)->func.get(), name);
}

Value get_func(Object* self) {
  return as_method(self)->func;
}
Value get_self(Object* self) {
  return as_method(self)->self;
}

Value method_descr_get(Object* self, Object*, Type*) {
  return Value(self);
}

}  // namespace

void init_method_type() {
  Type* t = method_type;
  t->call = method_call;
  t->repr = method_repr;
  t->richcompare = method_richcompare;
  t->hash = method_hash;
  t->getattro = method_getattro;
  t->descr_get = method_descr_get;
  t->allows_subclass = false;
  t->ready();
  add_getset(t, "__func__", get_func);
  add_getset(t, "__self__", get_self);
}

}  // namespace al
