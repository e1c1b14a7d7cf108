// property, staticmethod and classmethod (CPython: Objects/descrobject.c property_*,
// Objects/funcobject.c sm_* / cm_*).
#include "engine/runtime/descriptors.h"

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/method.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

// ---- property ----

Property* as_prop(Object* o) {
  return static_cast<Property*>(o);
}

// CPython 3.11 property_descr_get/set: "property 'x' of 'C' object has no getter", or without
// the name when the property was not assigned in a class body.
std::string prop_error(Property* p, Object* obj, const char* what) {
  std::string owner = "'" + obj->type->qualname + "'";
  if (p->name && is_instance(p->name.get(), str_type)) {
    return "property " + repr(p->name.get())->s + " of " + owner + " object has no " + what;
  }
  return "property of " + owner + " object has no " + what;
}

Value property_get(Object* self, Object* obj, Type*) {
  Property* p = as_prop(self);
  if (!obj) return Value(self);
  if (!p->fget || p->fget.get() == None) raise(exc::AttributeError, prop_error(p, obj, "getter"));
  return call(p->fget.get(), {obj});
}

void property_set(Object* self, Object* obj, Object* value) {
  Property* p = as_prop(self);
  Object* f = value ? p->fset.get() : p->fdel.get();
  if (!f || f == None) raise(exc::AttributeError, prop_error(p, obj, value ? "setter" : "deleter"));
  if (value) {
    call(f, {obj, value});
  } else {
    call(f, {obj});
  }
}

Value property_new(Type* t, Args) {
  return alloc_instance<Property>(t);
}

void property_init(Object* self, Args a) {
  Object* argv[4];
  bind_args(a, "property", {"fget", "fset", "fdel", "doc"}, 0, argv);
  Property* p = as_prop(self);
  p->fget = Value(argv[0] ? argv[0] : None);
  p->fset = Value(argv[1] ? argv[1] : None);
  p->fdel = Value(argv[2] ? argv[2] : None);
  if (argv[3] && argv[3] != None) {
    p->doc = Value(argv[3]);
  } else if (p->fget.get() != None) {
    p->doc = getattr_opt(p->fget.get(), dunder::doc);
  }
  if (!p->doc) p->doc = none();
}

Value property_copy(Property* p, Object* fget, Object* fset, Object* fdel) {
  Type* t = p->type;
  Object* doc = p->doc ? p->doc.get() : None;
  Value np = call(t, {fget ? fget : p->fget.get(), fset ? fset : p->fset.get(),
                      fdel ? fdel : p->fdel.get(), fget ? static_cast<Object*>(None) : doc});
  if (is_instance(np.get(), property_type)) as_prop(np.get())->name = p->name;
  return np;
}

Value m_getter(Object* self, Args a) {
  check_one_arg(a, "getter");
  return property_copy(as_prop(self), a[0], nullptr, nullptr);
}
Value m_setter(Object* self, Args a) {
  check_one_arg(a, "setter");
  return property_copy(as_prop(self), nullptr, a[0], nullptr);
}
Value m_deleter(Object* self, Args a) {
  check_one_arg(a, "deleter");
  return property_copy(as_prop(self), nullptr, nullptr, a[0]);
}
Value m_set_name(Object* self, Args a) {
  check_positional(a, "__set_name__", 2, 2);
  as_prop(self)->name = Value(a[1]);
  return none();
}

Value get_fget(Object* self) {
  return as_prop(self)->fget ? as_prop(self)->fget : none();
}
Value get_fset(Object* self) {
  return as_prop(self)->fset ? as_prop(self)->fset : none();
}
Value get_fdel(Object* self) {
  return as_prop(self)->fdel ? as_prop(self)->fdel : none();
}
Value get_pdoc(Object* self) {
  return as_prop(self)->doc ? as_prop(self)->doc : none();
}
void set_pdoc(Object* self, Object* v) {
  as_prop(self)->doc = Value(v ? v : None);
}
Value get_isabstract(Object* self) {
  static Str* name = intern("__isabstractmethod__");
  for (Object* f :
       {as_prop(self)->fget.get(), as_prop(self)->fset.get(), as_prop(self)->fdel.get()}) {
    if (f && f != None) {
      Value v = getattr_opt(f, name);
      if (v && truthy(v.get())) return bool_obj(true);
    }
  }
  return bool_obj(false);
}

// ---- staticmethod / classmethod ----

template <class T>
T* as(Object* o) {
  return static_cast<T*>(o);
}

Value sm_get(Object* self, Object*, Type*) {
  return as<StaticMethod>(self)->func;
}

Value sm_new(Type* t, Args) {
  return alloc_instance<StaticMethod>(t);
}

// Copies __name__, __doc__ and friends from the wrapped function (CPython 3.10+:
// functools_wraps in sm_init / cm_init).
void copy_wrapped_attrs(Object* self, Object* func) {
  Dict* d = instance_dict(self, true);
  for (Str* n : {dunder::module, dunder::name, dunder::qualname, dunder::doc}) {
    if (Value v = getattr_opt(func, n)) dict_set(d, n, v.get());
  }
  dict_set(d, dunder::wrapped, func);
}

void sm_init(Object* self, Args a) {
  no_kwargs(a, "staticmethod");
  check_positional(a, "staticmethod", 1, 1);
  as<StaticMethod>(self)->func = Value(a[0]);
  copy_wrapped_attrs(self, a[0]);
}

Value sm_call(Object* self, Args a) {
  return call(as<StaticMethod>(self)->func.get(), a);
}

Value sm_repr(Object* self) {
  return str_from("<staticmethod(" + repr(as<StaticMethod>(self)->func.get())->s + ")>");
}

Value cm_get(Object* self, Object* obj, Type* owner) {
  Type* t = owner ? owner : obj->type;
  Object* f = as<ClassMethod>(self)->func.get();
  if (f->type->descr_get && f->type != function_type && f->type != builtin_function_type) {
    return f->type->descr_get(f, t, t->type);
  }
  return method_new(f, t);
}

Value cm_new(Type* t, Args) {
  return alloc_instance<ClassMethod>(t);
}

void cm_init(Object* self, Args a) {
  no_kwargs(a, "classmethod");
  check_positional(a, "classmethod", 1, 1);
  as<ClassMethod>(self)->func = Value(a[0]);
  copy_wrapped_attrs(self, a[0]);
}

Value cm_repr(Object* self) {
  return str_from("<classmethod(" + repr(as<ClassMethod>(self)->func.get())->s + ")>");
}

Value sm_get_func(Object* self) {
  return as<StaticMethod>(self)->func;
}
Value cm_get_func(Object* self) {
  return as<ClassMethod>(self)->func;
}
Value sm_isabstract(Object* self) {
  static Str* name = intern("__isabstractmethod__");
  Value v = getattr_opt(as<StaticMethod>(self)->func.get(), name);
  return bool_obj(v && truthy(v.get()));
}
Value cm_isabstract(Object* self) {
  static Str* name = intern("__isabstractmethod__");
  Value v = getattr_opt(as<ClassMethod>(self)->func.get(), name);
  return bool_obj(v && truthy(v.get()));
}

}  // namespace

Value staticmethod_new(Object* func) {
  auto s = make<StaticMethod>(staticmethod_type);
  s->func = Value(func);
  return s;
}

Value classmethod_new(Object* func) {
  auto c = make<ClassMethod>(classmethod_type);
  c->func = Value(func);
  return c;
}

void init_descriptor_types() {
  Type* p = property_type;
  p->new_instance = property_new;
  p->init = property_init;
  p->descr_get = property_get;
  p->descr_set = property_set;
  p->dict_offset = with_dict_offset<Property>();
  p->ready();
  add_method(p, "getter", m_getter);
  add_method(p, "setter", m_setter);
  add_method(p, "deleter", m_deleter);
  add_method(p, "__set_name__", m_set_name);
  add_getset(p, "fget", get_fget);
  add_getset(p, "fset", get_fset);
  add_getset(p, "fdel", get_fdel);
  add_getset(p, "__doc__", get_pdoc, set_pdoc);
  add_getset(p, "__isabstractmethod__", get_isabstract);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  Type* s = staticmethod_type;
  s->new_instance = sm_new;
  s->init = sm_init;
  s->descr_get = sm_get;
  s->call = sm_call;
  s->repr = sm_repr;
  s->has_instance_dict = true;
  s->dict_offset = uint32_t(offsetof(StaticMethod, dict));
  s->ready();
  add_getset(s, "__func__", sm_get_func);
  add_getset(s, "__isabstractmethod__", sm_isabstract);

  Type* c = classmethod_type;
  c->new_instance = cm_new;
  c->init = cm_init;
  c->descr_get = cm_get;
  c->repr = cm_repr;
  c->has_instance_dict = true;
  c->dict_offset = uint32_t(offsetof(ClassMethod, dict));
  c->ready();
  add_getset(c, "__func__", cm_get_func);
  add_getset(c, "__isabstractmethod__", cm_isabstract);
#pragma GCC diagnostic pop
}

}  // namespace al
