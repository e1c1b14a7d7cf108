// Inline caches of LOAD_ATTR, LOAD_METHOD, STORE_ATTR and of CALL on a class (CPython 3.11:
// Python/specialize.c LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE,
// LOAD_ATTR_MODULE; 3.12's LOAD_ATTR_PROPERTY and 3.13's CALL_ALLOC_AND_ENTER_INIT).
//
// An entry records what the type's MRO lookup of the name found, keyed by the object's type and
// guarded by g_type_epoch, which every change of a type's dict, slots or bases bumps
// (type_modified). The instance's own dict is read afresh on every execution, so instance
// attributes that shadow (or stop shadowing) a class attribute are always seen; `hint` only
// remembers where the name sat in the last instance dict, as instances built by the same
// __init__ share their key order. __class__ assignment changes the type and so misses.
#pragma once

#include <cstdint>

#include "engine/runtime/dict.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

enum class AttrKind : uint8_t {
  Empty,
  InstanceValue,  // generic getattr, nothing on the type: the instance dict's value
  DataDescr,      // generic getattr, a data descriptor on the type (property, slots...)
  PropertyFrame,  // a property whose getter is a plain Python function: its frame is pushed
  ClassAttr,      // generic getattr, a non-data descriptor or plain value on the type
  Method,         // LOAD_METHOD: a function or builtin method on the type, no instance shadow
  ModuleValue,    // an exact module: the value in its dict at `hint`, dict version checked
  ClassValue,     // an exact-`type` class: a plain value or function found on its MRO
  StoreInstance,  // STORE_ATTR with generic setattr and no data descriptor on the type
  Init,           // CALL of a class using object.__new__ and a Python __init__ (`descr`)
};

struct AttrCache {
  const void* key = nullptr;   // the object's type (the class itself for ClassValue and Init)
  uint64_t epoch = 0;          // g_type_epoch when filled
  Object* descr = nullptr;     // borrowed from a type dict, alive while the epoch holds
  const Dict* dict = nullptr;  // ModuleValue: the module's dict
  uint64_t dict_version = 0;   // ModuleValue: its version
  uint32_t hint = 0;           // position of the name in the dict's entries
  AttrKind kind = AttrKind::Empty;
};

inline bool has_dict_slot(const Type* t) {
  return t->has_instance_dict && t->dict_offset != 0;
}

// The instance dict slot of an object whose type has one (tp_dictoffset).
inline Dict* cached_instance_dict(Object* o) {
  return reinterpret_cast<Ref<Dict>*>(reinterpret_cast<char*>(o) + o->type->dict_offset)->get();
}

// The value of `name` in d, trying entry `hint` first; borrowed, or null.
inline Object* dict_get_hinted(Dict* d, uint32_t hint, Str* name) {
  if (hint < d->entries.size()) {
    const DictEntry& e = d->entries[hint];
    if (e.key.get() == name) return e.value.get();
  }
  return dict_get_str(d, name);
}

// LOAD_ATTR through its cache entry: a new reference, or null when the entry does not apply
// (the caller then takes the generic path). May throw from a descriptor it calls.
inline Object* attr_cache_load(const AttrCache& c, Object* owner, Str* name) {
  if (c.epoch != g_type_epoch) return nullptr;
  switch (c.kind) {
    case AttrKind::InstanceValue: {
      if (owner->type != c.key) return nullptr;
      Dict* d = cached_instance_dict(owner);
      if (!d) return nullptr;
      Object* v = dict_get_hinted(d, c.hint, name);
      if (v) v->incref();
      return v;
    }
    case AttrKind::DataDescr:
      if (owner->type != c.key) return nullptr;
      return c.descr->type->descr_get(c.descr, owner, owner->type).release();
    case AttrKind::ClassAttr: {
      if (owner->type != c.key) return nullptr;
      if (has_dict_slot(owner->type)) {
        if (Dict* d = cached_instance_dict(owner)) {
          if (Object* v = dict_get_str(d, name)) {
            v->incref();
            return v;
          }
        }
      }
      if (auto get = c.descr->type->descr_get) return get(c.descr, owner, owner->type).release();
      c.descr->incref();
      return c.descr;
    }
    case AttrKind::ModuleValue: {
      if (owner->type != c.key) return nullptr;
      Dict* d = static_cast<Module*>(owner)->dict.get();
      if (d != c.dict || d->version != c.dict_version || c.hint >= d->entries.size())
        return nullptr;
      const DictEntry& e = d->entries[c.hint];
      if (e.key.get() != name) return nullptr;
      e.value->incref();
      return e.value.get();
    }
    case AttrKind::ClassValue:
      if (owner != c.key) return nullptr;
      c.descr->incref();
      return c.descr;
    default:
      return nullptr;
  }
}

// LOAD_METHOD's Method entry: the unbound function (borrowed) when it applies, else null.
inline Object* attr_cache_method(const AttrCache& c, Object* owner, Str* name) {
  if (c.kind != AttrKind::Method || owner->type != c.key || c.epoch != g_type_epoch) return nullptr;
  if (has_dict_slot(owner->type)) {
    Dict* d = cached_instance_dict(owner);
    if (d && d->used && dict_get_str(d, name)) return nullptr;
  }
  return c.descr;
}

// STORE_ATTR through its cache entry; false when it does not apply. May run a destructor of
// the replaced value.
inline bool attr_cache_store(AttrCache& c, Object* owner, Str* name, Object* value) {
  if (c.kind != AttrKind::StoreInstance || owner->type != c.key || c.epoch != g_type_epoch) {
    return false;
  }
  Ref<Dict>& slot =
      *reinterpret_cast<Ref<Dict>*>(reinterpret_cast<char*>(owner) + owner->type->dict_offset);
  if (!slot) slot = new_instance_dict();
  Dict* d = slot.get();
  if (c.hint < d->entries.size()) {
    DictEntry& e = d->entries[c.hint];
    if (e.key.get() == name) {
      e.value = Value(value);
      return true;
    }
  }
  dict_set(d, name, value);
  if (!d->entries.empty() && d->entries.back().key.get() == name) {
    c.hint = uint32_t(d->entries.size() - 1);
  }
  return true;
}

// The slow paths: the generic operation, then (re)filling the entry from what it found.
Value attr_load_and_fill(AttrCache& c, Object* owner, Str* name);
// LOAD_METHOD: returns the unbound method (borrowed) with `value` left null, or the attribute
// in `value`.
Object* attr_method_and_fill(AttrCache& c, Object* owner, Str* name, Value& value);
void attr_store_and_fill(AttrCache& c, Object* owner, Str* name, Object* value);
// CALL of a class: fills an Init entry when `cls` qualifies for the inline __init__ push with
// `argc` arguments; returns whether it did.
bool attr_fill_init(AttrCache& c, Object* cls, size_t argc);

}  // namespace al
