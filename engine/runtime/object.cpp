// Object lifetime, Type basics, generic attribute access, and the `object` and `type` types
// (CPython: Objects/object.c, Objects/typeobject.c).
//
// Index
//   1. Object::destroy and Args
//   2. Type: subtype checks, MRO, lookup, ready()
//   3. Raising
//   4. Generic attribute access (PyObject_GenericGetAttr / SetAttr)
//   5. The `object` type
//   6. The `type` type
#include <algorithm>
#include <cstdio>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/class_builder.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/list.h"
#include "engine/runtime/mappingproxy.h"
#include "engine/runtime/names.h"
#include "engine/runtime/slots.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Object::destroy and Args
// ---------------------------------------------------------------------------------------------

namespace {
// Deallocation of deeply nested structures is deferred past this depth so that freeing a
// million-deep list does not overflow the C++ stack (CPython: the "trashcan").
constexpr int kMaxDeleteDepth = 256;
int g_delete_depth = 0;
std::vector<Object*>* g_pending_deletes = nullptr;  // created on first deferral
}  // namespace

void Object::destroy() {
  if (type && type->finalize) {
    refcnt = 1;  // keeps the object alive while the finalizer runs
    type->finalize(this);
    if (--refcnt != 0) return;  // resurrected
  }
  if (g_delete_depth >= kMaxDeleteDepth) {
    if (!g_pending_deletes) g_pending_deletes = new std::vector<Object*>();
    g_pending_deletes->push_back(this);
    return;
  }
  ++g_delete_depth;
  delete this;
  if (g_delete_depth == 1 && g_pending_deletes) {
    while (!g_pending_deletes->empty()) {
      Object* o = g_pending_deletes->back();
      g_pending_deletes->pop_back();
      delete o;
    }
  }
  --g_delete_depth;
}

size_t Args::nkw() const {
  return kwnames ? kwnames->size : 0;
}
Str* Args::kw_name(size_t i) const {
  return static_cast<Str*>(kwnames->items[i]);
}

// ---------------------------------------------------------------------------------------------
// 2. Type
// ---------------------------------------------------------------------------------------------

Type::Type(Type* metatype) : Object(metatype) {}
Type::~Type() = default;

bool Type::is_subtype_of(const Type* other) const {
  if (this == other) return true;
  if (mro) {
    for (size_t i = 0; i < mro->size; ++i) {
      if (mro->items[i] == other) return true;
    }
    return false;
  }
  for (const Type* t = base; t; t = t->base) {
    if (t == other) return true;
  }
  return false;
}

namespace {

// A global cache of MRO lookups keyed by (type, name), valid while no type dict has changed
// since it was filled (CPython: Objects/typeobject.c method cache with version tags; one
// global epoch is simpler and type dicts rarely change after class creation).
struct LookupCacheEntry {
  uint64_t epoch = 0;
  const Type* type = nullptr;
  const Str* name = nullptr;
  Object* value = nullptr;
};
constexpr size_t kLookupCacheSize = 4096;
LookupCacheEntry g_lookup_cache[kLookupCacheSize];

Object* lookup_uncached(const Type* self, Str* name) {
  if (self->mro) {
    for (size_t i = 0; i < self->mro->size; ++i) {
      auto* t = static_cast<Type*>(self->mro->items[i]);
      if (t->dict) {
        if (Object* v = dict_get_str(t->dict.get(), name)) return v;
      }
    }
    return nullptr;
  }
  for (const Type* t = self; t; t = t->base) {
    if (t->dict) {
      if (Object* v = dict_get_str(t->dict.get(), name)) return v;
    }
  }
  return nullptr;
}

}  // namespace

uint64_t g_type_epoch = 1;

void type_modified() {
  ++g_type_epoch;
}

Object* Type::lookup(Str* name) const {
  if (!name->interned || !mro) return lookup_uncached(this, name);
  size_t h = ((reinterpret_cast<uintptr_t>(this) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3)) &
             (kLookupCacheSize - 1);
  LookupCacheEntry& e = g_lookup_cache[h];
  if (e.epoch == g_type_epoch && e.type == this && e.name == name) return e.value;
  Object* v = lookup_uncached(this, name);
  e = LookupCacheEntry{g_type_epoch, this, name, v};
  return v;
}

bool is_instance(const Object* o, const Type* t) {
  return o->type == t || o->type->is_subtype_of(t);
}

namespace {

// C3 linearisation (CPython: Objects/typeobject.c mro_implementation).
Ref<Tuple> compute_mro(Type* t) {
  std::vector<std::vector<Type*>> seqs;
  for (size_t i = 0; i < t->bases->size; ++i) {
    auto* b = static_cast<Type*>(t->bases->items[i]);
    std::vector<Type*> m;
    for (size_t j = 0; j < b->mro->size; ++j) m.push_back(static_cast<Type*>(b->mro->items[j]));
    seqs.push_back(std::move(m));
  }
  std::vector<Type*> bases_list;
  for (size_t i = 0; i < t->bases->size; ++i)
    bases_list.push_back(static_cast<Type*>(t->bases->items[i]));
  seqs.push_back(bases_list);
  std::vector<Object*> result{t};
  while (true) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }),
               seqs.end());
    if (seqs.empty()) break;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      Type* head = s.front();
      bool in_tail = false;
      for (auto& s2 : seqs) {
        if (std::find(s2.begin() + 1, s2.end(), head) != s2.end()) in_tail = true;
      }
      if (!in_tail) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      std::string names;
      for (size_t i = 0; i < t->bases->size; ++i) {
        names += (i ? ", " : "") + static_cast<Type*>(t->bases->items[i])->name;
      }
      raise(exc::TypeError,
            "Cannot create a consistent method resolution order (MRO) for bases " + names);
    }
    result.push_back(cand);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == cand) s.erase(s.begin());
    }
  }
  return tuple_from(std::span<Object* const>(result));
}

}  // namespace

void Type::ready() {
  type_modified();
  if (!dict) dict = dict_new();
  if (this != object_type && !base) base = object_type;
  if (!bases) bases = base ? tuple_from({base}) : Ref<Tuple>(empty_tuple());
  for (size_t i = 0; i < bases->size; ++i) {
    auto* b = static_cast<Type*>(bases->items[i]);
    if (!b->mro) b->ready();
  }
  if (!mro) mro = compute_mro(this);
  if (qualname.empty()) qualname = name;
  if (base && !has_instance_dict && dict_offset == 0) dict_offset = base->dict_offset;
  if (base && base->has_instance_dict) has_instance_dict = true;
  if (!is_heap) add_slot_wrappers(this);
  inherit_slots(this);
  if (is_heap) fixup_slots(this);
  if (!dict_get_str(dict.get(), dunder::doc)) dict_set(dict.get(), dunder::doc, None);
  type_modified();
}

// ---------------------------------------------------------------------------------------------
// 3. Raising
// ---------------------------------------------------------------------------------------------

void raise(Value exc) {
  throw PyException{std::move(exc)};
}

void raise(Type* exc_type, std::string message) {
  throw PyException{new_exception(exc_type, std::move(message))};
}

std::string tname(Object* o) {
  return o->type->name;
}
std::string type_name(Object* o) {
  return o->type->name;
}

// ---------------------------------------------------------------------------------------------
// 4. Generic attribute access
// ---------------------------------------------------------------------------------------------

namespace {
// Emptied instance dicts ready for reuse, per thread (objects never cross threads while alive
// in a dict being released, and a thread-local list needs no lock).
constexpr size_t kMaxFreeInstanceDicts = 256;
// The index size of a dict that never grew (dict.cpp's kMinSize); only those are kept.
constexpr size_t kReusableIndexSize = 8;
// The entries a fresh instance dict has room for: the usable two thirds of that index.
constexpr size_t kInstanceDictEntries = 5;
thread_local Dict* tl_free_instance_dicts[kMaxFreeInstanceDicts];
thread_local size_t tl_free_instance_dict_count = 0;
}  // namespace

Ref<Dict> new_instance_dict() {
  if (tl_free_instance_dict_count) {
    return Ref<Dict>::steal(tl_free_instance_dicts[--tl_free_instance_dict_count]);
  }
  Ref<Dict> d = dict_new();
  d->entries.reserve(kInstanceDictEntries);
  return d;
}

void release_instance_dict(Dict* d) {
  if (d->refcnt != 1 || d->type != dict_type || d->index.size() != kReusableIndexSize ||
      tl_free_instance_dict_count >= kMaxFreeInstanceDicts) {
    d->decref();
    return;
  }
  // Releasing the items may run destructors that release other instances' dicts; nothing
  // else can reach this one.
  d->entries.clear();
  std::fill(d->index.begin(), d->index.end(), -1);
  d->used = 0;
  ++d->version;
  if (tl_free_instance_dict_count >= kMaxFreeInstanceDicts) {
    d->decref();
    return;
  }
  tl_free_instance_dicts[tl_free_instance_dict_count++] = d;
}

Dict* instance_dict(Object* o, bool create) {
  Type* t = o->type;
  if (!t->has_instance_dict || t->dict_offset == 0) return nullptr;
  auto& slot = *reinterpret_cast<Ref<Dict>*>(reinterpret_cast<char*>(o) + t->dict_offset);
  if (!slot && create) slot = new_instance_dict();
  return slot.get();
}

Value generic_getattr(Object* o, Str* name, bool suppress) {
  Type* tp = o->type;
  Object* descr = tp->lookup(name);
  Value (*get)(Object*, Object*, Type*) = nullptr;
  if (descr) {
    get = descr->type->descr_get;
    if (get && descr->type->descr_set) return get(descr, o, tp);
  }
  if (Dict* d = instance_dict(o, false)) {
    if (Object* v = dict_get_str(d, name)) return Value(v);
  }
  if (get) return get(descr, o, tp);
  if (descr) return Value(descr);
  if (suppress) return nullptr;
  raise_attribute_error(o, name, "'" + tp->name + "' object has no attribute '" + name->s + "'");
}

void generic_setattr(Object* o, Str* name, Object* value) {
  Type* tp = o->type;
  Object* descr = tp->lookup(name);
  if (descr && descr->type->descr_set) {
    descr->type->descr_set(descr, o, value);
    return;
  }
  if (Dict* d = instance_dict(o, value != nullptr)) {
    if (value) {
      dict_set(d, intern(name), value);
    } else if (!dict_del(d, name)) {
      raise_attribute_error(o, name,
                            "'" + tp->name + "' object has no attribute '" + name->s + "'");
    }
    return;
  }
  if (!value && tp->has_instance_dict) {
    raise_attribute_error(o, name, "'" + tp->name + "' object has no attribute '" + name->s + "'");
  }
  if (descr) {
    raise_attribute_error(o, name,
                          "'" + tp->name + "' object attribute '" + name->s + "' is read-only");
  }
  raise_attribute_error(o, name, "'" + tp->name + "' object has no attribute '" + name->s + "'");
}

namespace {
Value generic_getattro(Object* o, Str* name) {
  return generic_getattr(o, name, false);
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// 5. The `object` type
// ---------------------------------------------------------------------------------------------

namespace {

bool excess_args(Args a) {
  return a.npos > 0 || a.nkw() > 0;
}

void object_init(Object* self, Args a) {
  Type* t = self->type;
  if (excess_args(a)) {
    if (t->init != object_init) {
      raise(exc::TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (t->new_instance == object_type->new_instance) {
      raise(exc::TypeError, t->name + "() takes no arguments");
    }
  }
}

Value object_new(Type* t, Args a) {
  if (excess_args(a)) {
    if (t->new_instance != object_new) {
      raise(exc::TypeError,
            "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (t->init == object_init) raise(exc::TypeError, t->name + "() takes no arguments");
  }
  if (t->is_subtype_of(type_type))
    raise(exc::TypeError, "object.__new__(" + t->name + ") is not safe, use type.__new__()");
  return alloc_instance<Object>(t);
}

std::string type_display_name(Type* t) {
  if (t->module == "builtins") return t->qualname;
  return t->module + "." + t->qualname;
}

Value object_repr(Object* self) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self));
  return str_from("<" + type_display_name(self->type) + " object at " + buf + ">");
}

Value object_str(Object* self) {
  return repr(self);
}

int64_t object_hash(Object* self) {
  // CPython: Python/pyhash.c _Py_HashPointer rotates the address by 4 bits.
  auto y = reinterpret_cast<uintptr_t>(self);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  auto h = static_cast<int64_t>(y);
  return h == -1 ? -2 : h;
}

Value object_richcompare(Object* a, Object* b, CmpOp op) {
  switch (op) {
    case CmpOp::Eq:
      return Value(a == b ? True_ : NotImplemented);
    case CmpOp::Ne: {
      // Delegates to __eq__ and inverts it unless NotImplemented (CPython: object_richcompare).
      if (!a->type->richcompare) return Value(NotImplemented);
      Value r = a->type->richcompare(a, b, CmpOp::Eq);
      if (r.get() == NotImplemented) return r;
      return bool_obj(!truthy(r));
    }
    default:
      return Value(NotImplemented);
  }
}

Value object_format_method(Object* self, Args a) {
  check_positional(a, "__format__", 1, 1);
  no_kwargs(a, "object.__format__");
  if (!is_instance(a[0], str_type)) {
    raise(exc::TypeError, "__format__() argument must be str, not " + tname(a[0]));
  }
  if (static_cast<Str*>(a[0])->length > 0) {
    raise(exc::TypeError,
          "unsupported format string passed to " + self->type->name + ".__format__");
  }
  return str(self);
}

Value object_dir_method(Object* self, Args a) {
  check_no_args(a, "__dir__");
  Ref<Dict> names = dict_new();
  if (Dict* d = instance_dict(self, false)) {
    dict_for_each(d, [&](Object* k, Object*) { dict_set(names.get(), k, None); });
  }
  Type* t = self->type;
  for (size_t i = 0; i < t->mro->size; ++i) {
    auto* c = static_cast<Type*>(t->mro->items[i]);
    dict_for_each(c->dict.get(), [&](Object* k, Object*) { dict_set(names.get(), k, None); });
  }
  Ref<List> out = list_new();
  dict_for_each(names.get(), [&](Object* k, Object*) { list_append(out.get(), k); });
  return out;
}

Value object_init_subclass(Object*, Args a) {
  if (a.npos > 0 || a.nkw() > 0) {
    if (a.nkw() > 0 && a.npos <= 1) {
      raise(exc::TypeError, "object.__init_subclass__() takes no keyword arguments");
    }
    raise(exc::TypeError,
          "object.__init_subclass__() takes no arguments (" + std::to_string(a.npos) + " given)");
  }
  return none();
}

Value object_subclasshook(Object*, Args) {
  return Value(NotImplemented);
}

Value object_reduce_ex(Object* self, Args) {
  raise(exc::TypeError, "cannot pickle '" + self->type->name + "' object");
}

Value object_getstate(Object* self, Args a) {
  check_no_args(a, "__getstate__");
  Dict* d = instance_dict(self, false);
  if (!d || dict_size(d) == 0) return none();
  return Value(reinterpret_cast<Object*>(d));
}

Value object_sizeof(Object* self, Args a) {
  check_no_args(a, "__sizeof__");
  return int_from(int64_t(sizeof(Object) + (self->type->has_instance_dict ? sizeof(void*) : 0)));
}

Value object_get_class(Object* self) {
  return Value(self->type);
}

void object_set_class(Object* self, Object* value) {
  if (!value) raise(exc::TypeError, "can't delete __class__ attribute");
  if (!is_instance(value, type_type)) {
    raise(exc::TypeError, "__class__ must be set to a class, not '" + tname(value) + "' object");
  }
  auto* nt = static_cast<Type*>(value);
  Type* ot = self->type;
  if (!nt->is_heap || !ot->is_heap || nt->dict_offset != ot->dict_offset ||
      nt->new_instance != ot->new_instance) {
    raise(exc::TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  self->type = nt;
}

Value object_get_dict(Object* self) {
  Dict* d = instance_dict(self, true);
  if (!d) {
    raise_attribute_error(self, dunder::dict,
                          "'" + self->type->name + "' object has no attribute '__dict__'");
  }
  return Value(reinterpret_cast<Object*>(d));
}

void object_set_dict(Object* self, Object* value) {
  if (!self->type->has_instance_dict) {
    raise_attribute_error(self, dunder::dict,
                          "'" + self->type->name + "' object has no attribute '__dict__'");
  }
  if (!value) raise(exc::TypeError, "cannot delete __dict__");
  if (!is_instance(value, dict_type)) {
    raise(exc::TypeError, "__dict__ must be set to a dictionary, not a '" + tname(value) + "'");
  }
  auto& slot =
      *reinterpret_cast<Ref<Dict>*>(reinterpret_cast<char*>(self) + self->type->dict_offset);
  slot = Ref<Dict>(static_cast<Dict*>(value));
}

}  // namespace

Value object_dict_getter(Object* self) {
  return object_get_dict(self);
}
void object_dict_setter(Object* self, Object* value) {
  object_set_dict(self, value);
}

// ---------------------------------------------------------------------------------------------
// 6. The `type` type
// ---------------------------------------------------------------------------------------------

namespace {

Type* as_type(Object* o) {
  return static_cast<Type*>(o);
}

Value type_call(Object* self, Args a) {
  Type* t = as_type(self);
  if (t == type_type && a.npos == 1 && a.nkw() == 0) return Value(a[0]->type);
  if (!t->new_instance)
    raise(exc::TypeError, "cannot create '" + type_display_name(t) + "' instances");
  Value obj = t->new_instance(t, a);
  if (!is_instance(obj.get(), t)) return obj;
  if (obj->type->init) obj->type->init(obj.get(), a);
  return obj;
}

Value type_new(Type* meta, Args a) {
  if (meta == type_type && a.npos == 1 && a.nkw() == 0) return Value(a[0]->type);
  if (a.npos != 3) raise(exc::TypeError, "type() takes 1 or 3 arguments");
  if (!is_instance(a[0], str_type)) {
    raise(exc::TypeError, "type.__new__() argument 1 must be str, not " + tname(a[0]));
  }
  if (!is_instance(a[1], tuple_type)) {
    raise(exc::TypeError, "type.__new__() argument 2 must be tuple, not " + tname(a[1]));
  }
  if (!is_instance(a[2], dict_type)) {
    raise(exc::TypeError, "type.__new__() argument 3 must be dict, not " + tname(a[2]));
  }
  Args kw{a.items + 3, 0, a.kwnames};
  auto* bases = static_cast<Tuple*>(a[1]);
  // CPython: _PyType_CalculateMetaclass — every base's metatype must be compatible.
  for (Object* b : bases->span()) {
    Type* bt = b->type;
    if (!meta->is_subtype_of(bt) && !bt->is_subtype_of(meta)) {
      raise(exc::TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
            "of the "
            "metaclasses of all its bases");
    }
  }
  Ref<Dict> ns = dict_copy(static_cast<Dict*>(a[2]));
  return build_class_with_meta(meta, ns.get(), static_cast<Str*>(a[0]), bases->span(), kw);
}

void type_init(Object*, Args a) {
  if (a.npos != 1 && a.npos != 3) raise(exc::TypeError, "type.__init__() takes 1 or 3 arguments");
}

Value type_repr(Object* self) {
  return str_from("<class '" + type_display_name(as_type(self)) + "'>");
}

Value type_getattro(Object* self, Str* name) {
  Type* t = as_type(self);
  Type* meta = self->type;
  Object* meta_attr = meta->lookup(name);
  Value (*meta_get)(Object*, Object*, Type*) = nullptr;
  if (meta_attr) {
    meta_get = meta_attr->type->descr_get;
    if (meta_get && meta_attr->type->descr_set) return meta_get(meta_attr, self, meta);
  }
  if (Object* attr = t->lookup(name)) {
    if (auto get = attr->type->descr_get) return get(attr, nullptr, t);
    return Value(attr);
  }
  if (meta_get) return meta_get(meta_attr, self, meta);
  if (meta_attr) return Value(meta_attr);
  raise_attribute_error(self, name,
                        "type object '" + t->name + "' has no attribute '" + name->s + "'");
}

void type_setattro(Object* self, Str* name, Object* value) {
  Type* t = as_type(self);
  Object* meta_attr = self->type->lookup(name);
  if (meta_attr && meta_attr->type->descr_set) {
    meta_attr->type->descr_set(meta_attr, self, value);
    return;
  }
  if (!t->is_heap) {
    raise(exc::TypeError,
          "cannot set '" + name->s + "' attribute of immutable type '" + t->name + "'");
  }
  type_modified();
  if (value) {
    dict_set(t->dict.get(), intern(name), value);
  } else if (!dict_del(t->dict.get(), name)) {
    raise_attribute_error(self, name,
                          "type object '" + t->name + "' has no attribute '" + name->s + "'");
  }
  type_modified();
  if (name->s.size() > 4 && name->s.starts_with("__") && name->s.ends_with("__"))
    fixup_slots_recursive(t);
}

Value type_get_name(Object* self) {
  return str_from(as_type(self)->name);
}
void type_set_name(Object* self, Object* v) {
  Type* t = as_type(self);
  if (!t->is_heap)
    raise(exc::TypeError, "cannot set '__name__' attribute of immutable type '" + t->name + "'");
  if (!v)
    raise(exc::TypeError, "cannot delete '__name__' attribute of immutable type '" + t->name + "'");
  if (!is_instance(v, str_type)) {
    raise(exc::TypeError,
          "can only assign string to " + t->name + ".__name__, not '" + tname(v) + "'");
  }
  t->name = static_cast<Str*>(v)->s;
}
Value type_get_qualname(Object* self) {
  return str_from(as_type(self)->qualname);
}
void type_set_qualname(Object* self, Object* v) {
  Type* t = as_type(self);
  if (!t->is_heap || !v)
    raise(exc::TypeError,
          "cannot set '__qualname__' attribute of immutable type '" + t->name + "'");
  if (!is_instance(v, str_type)) {
    raise(exc::TypeError,
          "can only assign string to " + t->name + ".__qualname__, not '" + tname(v) + "'");
  }
  t->qualname = static_cast<Str*>(v)->s;
}
Value type_get_module(Object* self) {
  Type* t = as_type(self);
  if (t->is_heap) {
    if (Object* m = dict_get_str(t->dict.get(), dunder::module)) return Value(m);
  }
  return str_from(t->module);
}
void type_set_module(Object* self, Object* v) {
  Type* t = as_type(self);
  if (!t->is_heap || !v)
    raise(exc::TypeError, "cannot set '__module__' attribute of immutable type '" + t->name + "'");
  dict_set(t->dict.get(), dunder::module, v);
  type_modified();
  if (is_instance(v, str_type)) t->module = static_cast<Str*>(v)->s;
}
Value type_get_bases(Object* self) {
  return Value(as_type(self)->bases.get());
}
Value type_get_base(Object* self) {
  Type* b = as_type(self)->base;
  return b ? Value(b) : none();
}
Value type_get_mro(Object* self) {
  return Value(as_type(self)->mro.get());
}
Value type_get_dict(Object* self) {
  return mappingproxy_new(as_type(self)->dict.get());
}
Value type_get_doc(Object* self) {
  Type* t = as_type(self);
  Object* d = dict_get_str(t->dict.get(), dunder::doc);
  if (!d) return none();
  if (d->type->descr_get) return d->type->descr_get(d, nullptr, t);
  return Value(d);
}
// CPython: type_set_doc after check_set_special_type_attr.
void type_set_doc(Object* self, Object* v) {
  Type* t = as_type(self);
  if (!t->is_heap)
    raise(exc::TypeError, "cannot set '__doc__' attribute of immutable type '" + t->name + "'");
  if (!v)
    raise(exc::TypeError, "cannot delete '__doc__' attribute of immutable type '" + t->name + "'");
  dict_set(t->dict.get(), dunder::doc, v);
  type_modified();
}

Value type_mro_method(Object* self, Args a) {
  check_no_args(a, "mro");
  Type* t = as_type(self);
  return list_from(t->mro->span());
}

Value type_subclasses_method(Object* self, Args a) {
  check_no_args(a, "__subclasses__");
  return subclasses_of(as_type(self));
}

Value type_instancecheck(Object* self, Args a) {
  check_one_arg(a, "__instancecheck__");
  return bool_obj(is_instance(a[0], as_type(self)));
}

Value type_subclasscheck(Object* self, Args a) {
  check_one_arg(a, "__subclasscheck__");
  if (!is_instance(a[0], type_type)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
  return bool_obj(as_type(a[0])->is_subtype_of(as_type(self)));
}

Value type_prepare(Object*, Args) {
  return dict_new();
}

}  // namespace

void init_object_and_type() {
  Type* o = object_type;
  o->new_instance = object_new;
  o->init = object_init;
  o->repr = object_repr;
  o->str = object_str;
  o->hash = object_hash;
  o->richcompare = object_richcompare;
  o->getattro = generic_getattro;
  o->setattro = generic_setattr;
  o->dict_offset = with_dict_offset<Object>();
  o->ready();

  Type* t = type_type;
  t->call = type_call;
  t->new_instance = type_new;
  t->init = type_init;
  t->repr = type_repr;
  t->getattro = type_getattro;
  t->setattro = type_setattro;
  t->ready();
}

void init_object_type_methods() {
  Type* o = object_type;
  add_method(o, "__format__", object_format_method);
  add_method(o, "__dir__", object_dir_method);
  add_classmethod(o, "__init_subclass__", object_init_subclass);
  add_classmethod(o, "__subclasshook__", object_subclasshook);
  add_method(o, "__reduce__", object_reduce_ex);
  add_method(o, "__reduce_ex__", object_reduce_ex);
  add_method(o, "__getstate__", object_getstate);
  add_method(o, "__sizeof__", object_sizeof);
  add_getset(o, "__class__", object_get_class, object_set_class);

  Type* t = type_type;
  add_getset(t, "__name__", type_get_name, type_set_name);
  add_getset(t, "__qualname__", type_get_qualname, type_set_qualname);
  add_getset(t, "__module__", type_get_module, type_set_module);
  add_getset(t, "__bases__", type_get_bases);
  add_getset(t, "__base__", type_get_base);
  add_getset(t, "__mro__", type_get_mro);
  add_getset(t, "__dict__", type_get_dict);
  add_getset(t, "__doc__", type_get_doc, type_set_doc);
  add_method(t, "mro", type_mro_method);
  add_method(t, "__subclasses__", type_subclasses_method);
  add_method(t, "__instancecheck__", type_instancecheck);
  add_method(t, "__subclasscheck__", type_subclasscheck);
  add_classmethod(t, "__prepare__", type_prepare);
}

}  // namespace al
