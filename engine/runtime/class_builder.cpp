// Class creation (CPython: Objects/typeobject.c type_new, Python/bltinmodule.c
// builtin___build_class__).
#include "engine/runtime/class_builder.h"

#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/descriptors.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/names.h"
#include "engine/runtime/slots.h"
#include "engine/runtime/str.h"
#include "engine/runtime/super.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Value (*g_run_class_body)(Object* body_fn, Dict* ns) = nullptr;
void (*g_cell_set)(Object* cell, Object* value) = nullptr;

Value object_dict_getter(Object* self);
void object_dict_setter(Object* self, Object* value);

namespace {

Value weakref_getter(Object*) {
  return none();
}

// CPython: solid_base — the nearest type that fixes the instance layout. Classes defined in
// Python keep their base's layout; a builtin shares its base's layout when it shares its
// allocator.
Type* solid_base(Type* t) {
  while (t->is_heap && t->base) t = t->base;
  while (t->base && t->base->new_instance == t->new_instance) t = t->base;
  return t;
}

// CPython: best_base — the base whose instance layout the new class extends.
Type* best_base(std::span<Object* const> bases) {
  Type* best = nullptr;
  Type* winner = nullptr;
  for (Object* b : bases) {
    auto* t = static_cast<Type*>(b);
    Type* candidate = solid_base(t);
    if (!winner) {
      winner = candidate;
      best = t;
    } else if (winner->is_subtype_of(candidate)) {
      continue;
    } else if (candidate->is_subtype_of(winner)) {
      winner = candidate;
      best = t;
    } else {
      raise(exc::TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return best;
}

void call_set_name(Type* t) {
  std::vector<std::pair<Value, Value>> items;
  dict_for_each(t->dict.get(),
                [&](Object* k, Object* v) { items.emplace_back(Value(k), Value(v)); });
  for (auto& [k, v] : items) {
    Object* sn = v->type->lookup(dunder::set_name);
    if (!sn) continue;
    Value bound = sn->type->descr_get ? sn->type->descr_get(sn, v.get(), v->type) : Value(sn);
    call(bound.get(), {t, k.get()});
  }
}

void call_init_subclass(Type* t, Args kwds) {
  Value sup = super_new(t, t);
  Value f = getattr(sup.get(), dunder::init_subclass);
  call(f.get(), Args{kwds.items, 0, kwds.kwnames});
}

}  // namespace

Value build_class_with_meta(Type* meta, Object* ns_obj, Str* name,
                            std::span<Object* const> bases_in, Args kwds) {
  auto* ns = static_cast<Dict*>(ns_obj);
  std::vector<Object*> bases(bases_in.begin(), bases_in.end());
  if (bases.empty()) bases.push_back(object_type);
  for (Object* b : bases) {
    if (!is_instance(b, type_type)) raise(exc::TypeError, "bases must be types");
    auto* bt = static_cast<Type*>(b);
    if (!bt->allows_subclass)
      raise(exc::TypeError, "type '" + bt->name + "' is not an acceptable base type");
  }
  for (size_t i = 0; i < bases.size(); ++i) {
    for (size_t j = i + 1; j < bases.size(); ++j) {
      if (bases[i] == bases[j]) {
        raise(exc::TypeError, "duplicate base class " + static_cast<Type*>(bases[i])->name);
      }
    }
  }
  Type* base = best_base(bases);

  auto* t = new Type(meta);
  Ref<Type> holder(t);
  t->is_heap = true;
  t->name = name->s;
  t->qualname = name->s;
  t->base = base;
  t->bases = tuple_from(std::span<Object* const>(bases));
  t->dict = dict_copy(ns);
  Dict* d = t->dict.get();

  if (Object* q = dict_get_str(d, dunder::qualname)) {
    if (!is_instance(q, str_type)) {
      raise(exc::TypeError, "type __qualname__ must be a str, not " + tname(q));
    }
    t->qualname = static_cast<Str*>(q)->s;
    dict_del(d, dunder::qualname);
  }
  if (Object* m = dict_get_str(d, dunder::module)) {
    if (is_instance(m, str_type)) t->module = static_cast<Str*>(m)->s;
  } else {
    t->module = "__main__";
    dict_set(d, dunder::module, str_from("__main__").get());
  }
  // Plain functions become static/class methods where CPython does so implicitly.
  if (Object* f = dict_get_str(d, dunder::new_); f && f->type == function_type) {
    dict_set(d, dunder::new_, staticmethod_new(f).get());
  }
  static Str* class_getitem = intern("__class_getitem__");
  for (Str* n : {dunder::init_subclass, class_getitem}) {
    if (Object* f = dict_get_str(d, n); f && f->type == function_type)
      dict_set(d, n, classmethod_new(f).get());
  }
  if (dict_get_str(d, dunder::cmp[int(CmpOp::Eq)]) && !dict_get_str(d, dunder::hash)) {
    dict_set(d, dunder::hash, None);
  }
  bool base_has_dict = false;
  for (Object* b : bases) base_has_dict |= static_cast<Type*>(b)->has_instance_dict;
  // A metaclass's instances are classes, whose namespace type's own __dict__ already exposes
  // (CPython: type's tp_dictoffset), so it gets neither a dict slot nor the descriptors.
  bool is_metaclass = base->is_subtype_of(type_type);
  t->has_instance_dict = !is_metaclass;
  t->dict_offset = base->dict_offset;
  if (!base_has_dict && !is_metaclass) {
    if (!dict_get_str(d, dunder::dict)) {
      auto g = make<GetSetDescriptor>(getset_descriptor_type, "__dict__", object_dict_getter,
                                      object_dict_setter, t);
      dict_set(d, dunder::dict, g.get());
    }
    if (!dict_get_str(d, dunder::weakref)) {
      auto w =
          make<GetSetDescriptor>(getset_descriptor_type, "__weakref__", weakref_getter, nullptr, t);
      dict_set(d, dunder::weakref, w.get());
    }
  }
  Value cell;
  if (Object* c = dict_get_str(d, dunder::classcell)) {
    cell = Value(c);
    dict_del(d, dunder::classcell);
  }
  t->ready();
  register_subclass(t);
  if (cell && g_cell_set) g_cell_set(cell.get(), t);
  call_set_name(t);
  call_init_subclass(t, kwds);
  return Value(holder.release());
}

Value build_class(Object* ns, Str* name, std::span<Object* const> bases, Args kwds) {
  return build_class_with_meta(type_type, ns, name, bases, kwds);
}

// __build_class__(func, name, *bases, metaclass=None, **kwds).
Value builtin_build_class(Object*, Args a) {
  if (a.npos < 2) raise(exc::TypeError, "__build_class__: not enough arguments");
  Object* func = a[0];
  if (func->type != function_type)
    raise(exc::TypeError, "__build_class__: func must be a function");
  if (!is_instance(a[1], str_type)) raise(exc::TypeError, "__build_class__: name is not a string");
  Str* name = static_cast<Str*>(a[1]);
  std::vector<Object*> orig_bases(a.items + 2, a.items + a.npos);
  // PEP 560: non-type bases may substitute themselves through __mro_entries__.
  std::vector<Value> resolved;
  bool changed = false;
  for (Object* b : orig_bases) {
    if (!is_instance(b, type_type)) {
      if (Value me = lookup_special(b, dunder::mro_entries)) {
        Ref<Tuple> orig = tuple_from(std::span<Object* const>(orig_bases));
        Value entries = call(me.get(), {orig.get()});
        if (!is_instance(entries.get(), tuple_type))
          raise(exc::TypeError, "__mro_entries__ must return a tuple");
        for (Object* e : static_cast<Tuple*>(entries.get())->span()) resolved.emplace_back(e);
        changed = true;
        continue;
      }
    }
    resolved.emplace_back(b);
  }
  std::vector<Object*> bases;
  for (auto& v : resolved) bases.push_back(v.get());

  Object* meta = nullptr;
  std::vector<Object*> kwvalues;
  std::vector<Object*> kwnames;
  for (size_t i = 0; i < a.nkw(); ++i) {
    if (a.kw_name(i)->s == "metaclass") {
      meta = a.kw_value(i);
    } else {
      kwnames.push_back(a.kw_name(i));
      kwvalues.push_back(a.kw_value(i));
    }
  }
  Ref<Tuple> kwnames_t = tuple_from(std::span<Object* const>(kwnames));
  Args kw{kwvalues.data(), 0, kwnames.empty() ? nullptr : kwnames_t.get()};
  bool meta_is_class = true;
  if (!meta) {
    meta = bases.empty() ? static_cast<Object*>(type_type) : static_cast<Object*>(bases[0]->type);
  } else {
    meta_is_class = is_instance(meta, type_type);
  }
  if (meta_is_class) {
    // CPython: _PyType_CalculateMetaclass — the most derived metaclass wins.
    auto* winner = static_cast<Type*>(meta);
    for (Object* b : bases) {
      Type* bt = b->type;
      if (winner->is_subtype_of(bt)) continue;
      if (bt->is_subtype_of(winner)) {
        winner = bt;
        continue;
      }
      raise(exc::TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
            "of the "
            "metaclasses of all its bases");
    }
    meta = winner;
  }
  Ref<Tuple> bases_t = tuple_from(std::span<Object* const>(bases));
  Value ns;
  if (meta == type_type) {
    ns = dict_new();
  } else {
    Value prep = getattr_opt(meta, dunder::prepare);
    if (prep) {
      std::vector<Object*> items = {name, bases_t.get()};
      items.insert(items.end(), kwvalues.begin(), kwvalues.end());
      ns = call(prep.get(), Args{items.data(), 2, kw.kwnames});
    } else {
      ns = dict_new();
    }
  }
  if (!is_instance(ns.get(), dict_type)) {
    raise(exc::TypeError, std::string(is_instance(meta, type_type) ? static_cast<Type*>(meta)->name
                                                                   : "<metaclass>") +
                              ".__prepare__() must return a mapping, not " + tname(ns.get()));
  }
  if (!g_run_class_body) raise(exc::SystemError, "__build_class__ needs the VM");
  g_run_class_body(func, static_cast<Dict*>(ns.get()));
  if (changed) {
    Ref<Tuple> orig = tuple_from(std::span<Object* const>(orig_bases));
    dict_set(static_cast<Dict*>(ns.get()), dunder::orig_bases, orig.get());
  }
  if (meta == type_type) return build_class(ns.get(), name, bases, kw);
  std::vector<Object*> items = {name, bases_t.get(), ns.get()};
  items.insert(items.end(), kwvalues.begin(), kwvalues.end());
  return call(meta, Args{items.data(), 3, kw.kwnames});
}

}  // namespace al
