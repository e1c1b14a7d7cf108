// Filling the attribute inline caches (CPython: Python/specialize.c
// _Py_Specialize_LoadAttr / _Py_Specialize_LoadMethod / _Py_Specialize_StoreAttr): each slow
// path runs the generic operation first, so errors and side effects are exactly the generic
// ones, then records what the type lookup found for the next execution.
#include "engine/vm/attr_cache.h"

#include "engine/runtime/api.h"
#include "engine/runtime/descriptors.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/names.h"
#include "engine/runtime/slots.h"
#include "engine/vm/function.h"
#include "engine/vm/ops.h"

namespace al {

namespace {

int64_t entry_position(const Dict* d, Str* name) {
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (d->entries[i].key.get() == name) return int64_t(i);
  }
  return -1;
}

bool is_plain_method(Object* descr) {
  if (descr->type == function_type) return true;
  if (descr->type != method_descriptor_type) return false;
  auto* md = static_cast<MethodDescriptor*>(descr);
  return !md->is_classmethod && !md->is_static;
}

// A property whose getter can run as an inline frame: a plain function of one parameter.
bool is_frame_property(Object* descr) {
  if (descr->type != property_type) return false;
  Object* fget = static_cast<Property*>(descr)->fget.get();
  if (!fget || fget->type != function_type) return false;
  Code* co = static_cast<Function*>(fget)->code.get();
  return co->exact_args_call && co->argcount == 1;
}

// Every miss refills: a refill costs one cached MRO lookup, little next to the generic path
// it follows, and a site whose types alternate (a base method called on subclass instances)
// then serves the current type.
void begin_fill(AttrCache& c) {
  c.kind = AttrKind::Empty;
  c.epoch = g_type_epoch;
}

void fill_load(AttrCache& c, Object* owner, Str* name, bool method) {
  begin_fill(c);
  Type* tp = owner->type;
  c.key = tp;
  if (tp->getattro == object_type->getattro) {
    Object* descr = tp->lookup(name);
    if (!descr) {
      if (!has_dict_slot(tp)) return;
      c.kind = AttrKind::InstanceValue;
      if (Dict* d = cached_instance_dict(owner)) {
        const int64_t i = entry_position(d, name);
        if (i >= 0) c.hint = uint32_t(i);
      }
      return;
    }
    c.descr = descr;
    if (method && is_plain_method(descr)) {
      c.kind = AttrKind::Method;
    } else if (descr->type->descr_get && descr->type->descr_set) {
      c.kind = is_frame_property(descr) ? AttrKind::PropertyFrame : AttrKind::DataDescr;
    } else {
      c.kind = AttrKind::ClassAttr;
    }
    return;
  }
  if (tp == module_type) {
    if (module_type->lookup(name)) return;
    Dict* d = static_cast<Module*>(owner)->dict.get();
    const int64_t i = entry_position(d, name);
    if (i < 0) return;
    c.kind = AttrKind::ModuleValue;
    c.dict = d;
    c.dict_version = d->version;
    c.hint = uint32_t(i);
    return;
  }
  if (tp == type_type) {
    // type_getattro: nothing on the metatype, and a value that binds to itself via the class.
    if (type_type->lookup(name)) return;
    Object* attr = static_cast<Type*>(owner)->lookup(name);
    if (!attr || (attr->type->descr_get && attr->type != function_type)) return;
    c.kind = AttrKind::ClassValue;
    c.key = owner;
    c.descr = attr;
  }
}

}  // namespace

Value attr_load_and_fill(AttrCache& c, Object* owner, Str* name) {
  Value v = getattr(owner, name);
  fill_load(c, owner, name, false);
  return v;
}

Object* attr_method_and_fill(AttrCache& c, Object* owner, Str* name, Value& value) {
  Object* meth = lookup_unbound_method(owner, name);
  if (!meth) value = getattr(owner, name);
  fill_load(c, owner, name, true);
  return meth;
}

void attr_store_and_fill(AttrCache& c, Object* owner, Str* name, Object* value) {
  setattr(owner, name, value);
  begin_fill(c);
  Type* tp = owner->type;
  if (tp->setattro != object_type->setattro || !has_dict_slot(tp)) return;
  Object* descr = tp->lookup(name);
  if (descr && descr->type->descr_set) return;
  c.kind = AttrKind::StoreInstance;
  c.key = tp;
  if (Dict* d = cached_instance_dict(owner)) {
    const int64_t i = entry_position(d, name);
    if (i >= 0) c.hint = uint32_t(i);
  }
}

bool attr_fill_init(AttrCache& c, Object* cls, size_t argc) {
  begin_fill(c);
  // type.__call__ (type_call) with object.__new__ and the __init__ trampoline.
  if (cls->type != type_type) return false;
  auto* t = static_cast<Type*>(cls);
  if (t->new_instance != object_type->new_instance || !init_is_dunder_trampoline(t)) return false;
  if (t->is_subtype_of(type_type)) return false;
  Object* init = t->lookup(dunder::init);
  if (!init || init->type != function_type) return false;
  Code* co = static_cast<Function*>(init)->code.get();
  if (!co->exact_args_call || co->argcount != argc + 1) return false;
  c.kind = AttrKind::Init;
  c.key = t;
  c.descr = init;
  return true;
}

}  // namespace al
