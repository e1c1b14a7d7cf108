// builtin_function_or_method, method_descriptor, classmethod_descriptor and getset_descriptor
// (CPython: Objects/methodobject.c, Objects/descrobject.c).
#include "engine/runtime/function_builtin.h"

#include <cstdio>

#include "engine/runtime/api.h"
#include "engine/runtime/descriptors.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/module.h"
#include "engine/runtime/slots.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Value make_builtin(const char* name, NativeFn fn, Object* self) {
  return make<BuiltinFunction>(builtin_function_type, name, fn, self);
}

namespace {

Type* owner_dict_ready(Type* t) {
  if (!t->dict) t->dict = dict_new();
  type_modified();
  return t;
}

}  // namespace

void add_method(Type* t, const char* name, NativeFn fn) {
  auto d = make<MethodDescriptor>(method_descriptor_type, name, fn, t);
  d->make_immortal();
  dict_set(owner_dict_ready(t)->dict.get(), intern(name), d.get());
}

void add_classmethod(Type* t, const char* name, NativeFn fn) {
  auto d = make<MethodDescriptor>(classmethod_descriptor_type, name, fn, t);
  d->is_classmethod = true;
  d->make_immortal();
  dict_set(owner_dict_ready(t)->dict.get(), intern(name), d.get());
}

void add_staticmethod(Type* t, const char* name, NativeFn fn) {
  Value f = make_builtin(name, fn, nullptr);
  f->make_immortal();
  Value sm = staticmethod_new(f.get());
  dict_set(owner_dict_ready(t)->dict.get(), intern(name), sm.get());
}

void add_getset(Type* t, const char* name, Getter get, Setter set) {
  auto d = make<GetSetDescriptor>(getset_descriptor_type, name, get, set, t);
  d->make_immortal();
  dict_set(owner_dict_ready(t)->dict.get(), intern(name), d.get());
}

void add_attr(Type* t, const char* name, Object* value) {
  dict_set(owner_dict_ready(t)->dict.get(), intern(name), value);
}

namespace {

std::string addr(Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(o));
  return buf;
}

// builtin_function_or_method

Value builtin_call(Object* self, Args a) {
  auto* f = static_cast<BuiltinFunction*>(self);
  return f->fn(f->self.get(), a);
}

Value builtin_repr(Object* self) {
  auto* f = static_cast<BuiltinFunction*>(self);
  Object* s = f->self.get();
  if (!s || is_instance(s, module_type))
    return str_from(std::string("<built-in function ") + f->name + ">");
  return str_from(std::string("<built-in method ") + f->name + " of " + tname(s) + " object at " +
                  addr(s) + ">");
}

Value builtin_get_name(Object* self) {
  return str_from(static_cast<BuiltinFunction*>(self)->name);
}
Value builtin_get_qualname(Object* self) {
  auto* f = static_cast<BuiltinFunction*>(self);
  Object* s = f->self.get();
  if (!s || is_instance(s, module_type)) return str_from(f->name);
  Type* t = is_instance(s, type_type) ? static_cast<Type*>(s) : s->type;
  return str_from(t->qualname + "." + f->name);
}
Value builtin_get_self(Object* self) {
  Object* s = static_cast<BuiltinFunction*>(self)->self.get();
  return Value(s ? s : None);
}
Value builtin_get_module(Object* self) {
  auto* f = static_cast<BuiltinFunction*>(self);
  if (f->module_name) return f->module_name;
  if (f->self && is_instance(f->self.get(), module_type)) {
    Object* n = dict_get_cstr(static_cast<Module*>(f->self.get())->dict.get(), "__name__");
    if (n) return Value(n);
  }
  return none();
}
Value builtin_get_doc(Object*) {
  return none();
}

Value builtin_richcompare(Object* a, Object* b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_exactly(b, builtin_function_type))
    return Value(NotImplemented);
  auto* x = static_cast<BuiltinFunction*>(a);
  auto* y = static_cast<BuiltinFunction*>(b);
  bool same = x->fn == y->fn && x->self.get() == y->self.get();
  return bool_obj(op == CmpOp::Eq ? same : !same);
}

int64_t builtin_hash(Object* self) {
  auto* f = static_cast<BuiltinFunction*>(self);
  int64_t h = int64_t(reinterpret_cast<uintptr_t>(f->fn) >> 4);
  if (f->self) h ^= hash(f->self.get());
  return h == -1 ? -2 : h;
}

// method_descriptor / classmethod_descriptor

Value descr_call(Object* self, Args a) {
  auto* d = static_cast<MethodDescriptor*>(self);
  if (d->is_classmethod) {
    if (a.npos < 1) {
      raise(exc::TypeError, std::string("descriptor '") + d->name + "' of '" + d->owner->name +
                                "' object needs an argument");
    }
    if (!is_instance(a[0], type_type) || !static_cast<Type*>(a[0])->is_subtype_of(d->owner)) {
      raise(exc::TypeError, std::string("descriptor '") + d->name + "' for type '" +
                                d->owner->name + "' needs a subtype of '" + d->owner->name +
                                "', not '" + tname(a[0]) + "'");
    }
    return d->fn(a[0], Args{a.items + 1, a.npos - 1, a.kwnames});
  }
  if (a.npos < 1) {
    raise(exc::TypeError,
          std::string("unbound method ") + d->owner->name + "." + d->name + "() needs an argument");
  }
  if (!is_instance(a[0], d->owner)) {
    raise(exc::TypeError, std::string("descriptor '") + d->name + "' for '" + d->owner->name +
                              "' objects doesn't apply to a '" + tname(a[0]) + "' object");
  }
  return d->fn(a[0], Args{a.items + 1, a.npos - 1, a.kwnames});
}

Value descr_get(Object* self, Object* obj, Type* owner) {
  auto* d = static_cast<MethodDescriptor*>(self);
  if (d->is_classmethod) {
    Type* t = owner ? owner : obj->type;
    if (!t->is_subtype_of(d->owner)) {
      raise(exc::TypeError, std::string("descriptor '") + d->name + "' for type '" +
                                d->owner->name + "' doesn't apply to type '" + t->name + "'");
    }
    return make_builtin(d->name, d->fn, t);
  }
  if (!obj) return Value(self);
  if (!is_instance(obj, d->owner)) {
    raise(exc::TypeError, std::string("descriptor '") + d->name + "' for '" + d->owner->name +
                              "' objects doesn't apply to a '" + tname(obj) + "' object");
  }
  return make_builtin(d->name, d->fn, obj);
}

Value descr_repr(Object* self) {
  auto* d = static_cast<MethodDescriptor*>(self);
  return str_from(std::string("<method '") + d->name + "' of '" + d->owner->name + "' objects>");
}

Value descr_get_name(Object* self) {
  return str_from(static_cast<MethodDescriptor*>(self)->name);
}
Value descr_get_qualname(Object* self) {
  auto* d = static_cast<MethodDescriptor*>(self);
  return str_from(d->owner->qualname + "." + d->name);
}
Value descr_get_objclass(Object* self) {
  return Value(static_cast<MethodDescriptor*>(self)->owner);
}

// getset_descriptor

Value getset_get(Object* self, Object* obj, Type*) {
  auto* d = static_cast<GetSetDescriptor*>(self);
  if (!obj) return Value(self);
  if (!is_instance(obj, d->owner)) {
    raise(exc::TypeError, std::string("descriptor '") + d->name + "' for '" + d->owner->name +
                              "' objects doesn't apply to a '" + tname(obj) + "' object");
  }
  return d->get(obj);
}

void getset_set(Object* self, Object* obj, Object* value) {
  auto* d = static_cast<GetSetDescriptor*>(self);
  if (!is_instance(obj, d->owner)) {
    raise(exc::TypeError, std::string("descriptor '") + d->name + "' for '" + d->owner->name +
                              "' objects doesn't apply to a '" + tname(obj) + "' object");
  }
  if (!d->set) {
    raise(exc::AttributeError, std::string("attribute '") + d->name + "' of '" + d->owner->name +
                                   "' objects is not writable");
  }
  d->set(obj, value);
}

Value getset_repr(Object* self) {
  auto* d = static_cast<GetSetDescriptor*>(self);
  return str_from(std::string("<attribute '") + d->name + "' of '" + d->owner->name + "' objects>");
}

Value getset_get_name(Object* self) {
  return str_from(static_cast<GetSetDescriptor*>(self)->name);
}

}  // namespace

void init_function_builtin_types() {
  Type* b = builtin_function_type;
  b->call = builtin_call;
  b->repr = builtin_repr;
  b->richcompare = builtin_richcompare;
  b->hash = builtin_hash;
  b->allows_subclass = false;
  b->ready();
  add_getset(b, "__name__", builtin_get_name);
  add_getset(b, "__qualname__", builtin_get_qualname);
  add_getset(b, "__self__", builtin_get_self);
  add_getset(b, "__module__", builtin_get_module);
  add_getset(b, "__doc__", builtin_get_doc);

  for (Type* t : {method_descriptor_type, classmethod_descriptor_type}) {
    t->call = descr_call;
    t->descr_get = descr_get;
    t->repr = descr_repr;
    t->allows_subclass = false;
    t->ready();
    add_getset(t, "__name__", descr_get_name);
    add_getset(t, "__qualname__", descr_get_qualname);
    add_getset(t, "__objclass__", descr_get_objclass);
    add_getset(t, "__doc__", builtin_get_doc);
  }

  Type* g = getset_descriptor_type;
  g->descr_get = getset_get;
  g->descr_set = getset_set;
  g->repr = getset_repr;
  g->allows_subclass = false;
  g->ready();
  add_getset(g, "__name__", getset_get_name);

  init_slot_wrapper_types();
}

}  // namespace al
