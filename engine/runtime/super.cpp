// super objects (CPython: Objects/typeobject.c super_getattro, super_init).
#include "engine/runtime/super.h"

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

void (*g_super_zero_args)(Type*& cls, Object*& self) = nullptr;

namespace {

Super* as_super(Object* o) {
  return static_cast<Super*>(o);
}

// CPython: supercheck.
Type* supercheck(Type* cls, Object* obj) {
  if (is_instance(obj, type_type) && static_cast<Type*>(obj)->is_subtype_of(cls))
    return static_cast<Type*>(obj);
  if (obj->type->is_subtype_of(cls)) return obj->type;
  static Str* class_name = intern("__class__");
  if (Value c = getattr_opt(obj, class_name)) {
    if (is_instance(c.get(), type_type) && c.get() != obj->type &&
        static_cast<Type*>(c.get())->is_subtype_of(cls)) {
      return static_cast<Type*>(c.get());
    }
  }
  raise(exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

void fill(Super* s, Type* cls, Object* obj) {
  s->cls = cls;
  if (obj && obj != None) {
    s->obj_type = supercheck(cls, obj);
    s->obj = Value(obj);
  }
}

Value super_getattro(Object* self, Str* name) {
  Super* su = as_super(self);
  Type* start = su->obj_type;
  if (start && name != dunder::class_) {
    Tuple* mro = start->mro.get();
    size_t n = mro->size;
    size_t i = 0;
    while (i + 1 < n && mro->items[i] != su->cls) ++i;
    ++i;
    for (; i < n; ++i) {
      auto* t = static_cast<Type*>(mro->items[i]);
      Object* res = dict_get_str(t->dict.get(), name);
      if (!res) continue;
      if (auto get = res->type->descr_get) {
        Object* obj = su->obj.get() == start ? nullptr : su->obj.get();
        return get(res, obj, start);
      }
      return Value(res);
    }
  }
  if (Value v = generic_getattr(self, name, true)) return v;
  raise_attribute_error(self, name, "'super' object has no attribute '" + name->s + "'");
}

Value super_descr_get(Object* self, Object* obj, Type*) {
  Super* su = as_super(self);
  if (!obj || obj == None || su->obj) return Value(self);
  return super_new(su->cls, obj);
}

Value super_new_slot(Type* t, Args) {
  return alloc_instance<Super>(t);
}

void super_init(Object* self, Args a) {
  no_kwargs(a, "super");
  check_positional(a, "super", 0, 2);
  Type* cls = nullptr;
  Object* obj = nullptr;
  if (a.npos == 0) {
    if (!g_super_zero_args) raise(exc::RuntimeError, "super(): no arguments");
    g_super_zero_args(cls, obj);
  } else {
    if (!is_instance(a[0], type_type)) {
      raise(exc::TypeError, "super() argument 1 must be a type, not " + tname(a[0]));
    }
    cls = static_cast<Type*>(a[0]);
    obj = a.npos > 1 ? a[1] : nullptr;
  }
  fill(as_super(self), cls, obj);
}

Value super_repr(Object* self) {
  Super* su = as_super(self);
  std::string cls = su->cls ? su->cls->name : "NULL";
  if (su->obj_type)
    return str_from("<super: <class '" + cls + "'>, <" + su->obj_type->name + " object>>");
  return str_from("<super: <class '" + cls + "'>, NULL>");
}

Value get_thisclass(Object* self) {
  Type* c = as_super(self)->cls;
  return c ? Value(c) : none();
}
Value get_self(Object* self) {
  return as_super(self)->obj ? as_super(self)->obj : none();
}
Value get_self_class(Object* self) {
  Type* c = as_super(self)->obj_type;
  return c ? Value(c) : none();
}

}  // namespace

Value super_new(Type* cls, Object* self) {
  auto s = make<Super>(super_type);
  fill(s.get(), cls, self);
  return s;
}

void init_super_type() {
  Type* t = super_type;
  t->new_instance = super_new_slot;
  t->init = super_init;
  t->getattro = super_getattro;
  t->descr_get = super_descr_get;
  t->repr = super_repr;
  t->dict_offset = with_dict_offset<Super>();
  t->ready();
  add_getset(t, "__thisclass__", get_thisclass);
  add_getset(t, "__self__", get_self);
  add_getset(t, "__self_class__", get_self_class);
}

}  // namespace al
