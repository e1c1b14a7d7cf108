// Instruction helpers of the dispatch loop (CPython: Python/ceval.c). See ops.h.
// Sections: namespace access and method lookup; subscripts and iteration; unpacking into
// displays and calls (*, **); UNPACK_SEQUENCE / UNPACK_EX; FORMAT_VALUE and annotations;
// CALL_FUNCTION_EX argument preparation.
#include "engine/vm/ops.h"

#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"
#include "engine/vm/eval.h"
#include "engine/vm/function.h"

namespace al {

Value mapping_get_opt(Object* mapping, Str* key) {
  try {
    return getitem(mapping, key);
  } catch (PyException& e) {
    if (!exception_matches(e.exc.get(), exc::KeyError)) throw;
    return nullptr;
  }
}

bool mapping_del_opt(Object* mapping, Str* key) {
  try {
    delitem(mapping, key);
    return true;
  } catch (PyException& e) {
    if (!exception_matches(e.exc.get(), exc::KeyError)) throw;
    return false;
  }
}

Object* lookup_unbound_method(Object* obj, Str* name) {
  Type* t = obj->type;
  if (t->getattro != object_type->getattro) return nullptr;
  Object* descr = t->lookup(name);
  if (!descr) return nullptr;
  if (descr->type == function_type) {
    // Functions are non-data descriptors: an instance attribute of the same name wins.
    if (Dict* d = instance_dict(obj, false)) {
      if (dict_get_str(d, name)) return nullptr;
    }
    return descr;
  }
  if (descr->type == method_descriptor_type) {
    auto* md = static_cast<MethodDescriptor*>(descr);
    if (md->is_classmethod || md->is_static) return nullptr;
    if (Dict* d = instance_dict(obj, false)) {
      if (dict_get_str(d, name)) return nullptr;
    }
    return descr;
  }
  return nullptr;
}

Object* fast_subscript(Object* container, Object* sub) {
  Type* ct = container->type;
  if (ct == dict_type) {
    Object* v = dict_get(static_cast<Dict*>(container), sub);
    if (v) v->incref();
    return v;
  }
  if (sub->type != int_type || static_cast<Int*>(sub)->big) return nullptr;
  int64_t i = static_cast<Int*>(sub)->small;
  if (ct == list_type) {
    auto& items = static_cast<List*>(container)->items;
    const int64_t n = int64_t(items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return nullptr;
    Object* v = items[size_t(i)].get();
    v->incref();
    return v;
  }
  if (ct == tuple_type) {
    auto* t = static_cast<Tuple*>(container);
    const int64_t n = int64_t(t->size);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return nullptr;
    Object* v = t->items[i];
    v->incref();
    return v;
  }
  return nullptr;
}

Object* iterate_next(Object* it) {
  if (!it->type->next) {
    raise(exc::TypeError, "'" + it->type->name + "' object is not an iterator");
  }
  return it->type->next(it).release();
}

namespace {

bool is_iterable_like(Object* o) {
  return o->type->iter || o->type->getitem;
}

// Merges a mapping into dict via keys() and __getitem__ (CPython: dict_merge), calling
// on_duplicate for keys already present when it is set.
template <class OnDuplicate>
void merge_mapping(Dict* d, Object* m, OnDuplicate on_duplicate, bool check_dup) {
  if (is_instance(m, dict_type)) {
    std::vector<std::pair<Value, Value>> items;
    dict_for_each(static_cast<Dict*>(m),
                  [&](Object* k, Object* v) { items.emplace_back(Value(k), Value(v)); });
    for (auto& [k, v] : items) {
      if (check_dup && dict_get(d, k.get())) on_duplicate(k.get());
      dict_set(d, k.get(), v.get());
    }
    return;
  }
  Value keys = call_method(m, "keys", {});
  Value it = get_iter(keys.get());
  while (Value k = iter_next(it.get())) {
    if (check_dup && dict_get(d, k.get())) on_duplicate(k.get());
    Value v = getitem(m, k.get());
    dict_set(d, k.get(), v.get());
  }
}

bool has_keys(Object* o) {
  return is_instance(o, dict_type) || getattr_opt(o, intern("keys"));
}

}  // namespace

void list_extend_unpack(List* list, Object* iterable) {
  if (!is_iterable_like(iterable)) {
    raise(exc::TypeError, "Value after * must be an iterable, not " + iterable->type->name);
  }
  list_extend(list, iterable);
}

void dict_update_unpack(Dict* dict, Object* update) {
  if (!has_keys(update)) {
    raise(exc::TypeError, "'" + update->type->name + "' object is not a mapping");
  }
  merge_mapping(
      dict, update, [](Object*) {}, false);
}

std::string function_str(Object* callable) {
  Value qualname = getattr_opt(callable, dunder::qualname);
  if (!qualname) return str(callable)->s;
  Value module = getattr_opt(callable, dunder::module);
  std::string q = str(qualname.get())->s;
  if (module && module.get() != None) {
    std::string m = str(module.get())->s;
    if (m != "builtins") return m + "." + q + "()";
  }
  return q + "()";
}

void dict_merge_kwargs_checked(Dict* dict, Object* update, Object* func) {
  if (!has_keys(update)) {
    raise(exc::TypeError,
          function_str(func) + " argument after ** must be a mapping, not " + update->type->name);
  }
  merge_mapping(
      dict, update,
      [&](Object* key) {
        raise(exc::TypeError, function_str(func) + " got multiple values for keyword argument '" +
                                  str(key)->s + "'");
      },
      true);
}

namespace {

// The items of an iterable for unpacking, with CPython's errors (ceval.c unpack_iterable).
std::vector<Value> collect_items(Object* seq, size_t needed_min, size_t needed_max, bool starred) {
  std::vector<Value> items;
  if (is_exactly(seq, tuple_type)) {
    for (Object* o : static_cast<Tuple*>(seq)->span()) items.emplace_back(o);
  } else if (is_exactly(seq, list_type)) {
    items = static_cast<List*>(seq)->items;
  } else {
    if (!is_iterable_like(seq)) {
      raise(exc::TypeError, "cannot unpack non-iterable " + seq->type->name + " object");
    }
    Value it = get_iter(seq);
    while (true) {
      if (!starred && items.size() == needed_max) {
        // One more item is enough to know there are too many.
        if (Value extra = iter_next(it.get())) {
          raise(exc::ValueError,
                "too many values to unpack (expected " + std::to_string(needed_max) + ")");
        }
        break;
      }
      Value v = iter_next(it.get());
      if (!v) break;
      items.push_back(std::move(v));
    }
  }
  if (starred) {
    if (items.size() < needed_min) {
      raise(exc::ValueError, "not enough values to unpack (expected at least " +
                                 std::to_string(needed_min) + ", got " +
                                 std::to_string(items.size()) + ")");
    }
  } else if (items.size() < needed_min) {
    raise(exc::ValueError, "not enough values to unpack (expected " + std::to_string(needed_min) +
                               ", got " + std::to_string(items.size()) + ")");
  } else if (items.size() > needed_max) {
    raise(exc::ValueError,
          "too many values to unpack (expected " + std::to_string(needed_max) + ")");
  }
  return items;
}

}  // namespace

void unpack_sequence(Object* seq, uint32_t n, Object** out) {
  std::vector<Value> items = collect_items(seq, n, n, false);
  for (uint32_t i = 0; i < n; ++i) out[n - 1 - i] = items[i].release();
}

void unpack_ex(Object* seq, uint32_t before, uint32_t after, Object** out) {
  std::vector<Value> items = collect_items(seq, before + after, 0, true);
  const size_t total = before + after + 1;
  const size_t nstar = items.size() - before - after;
  std::vector<Value> star(std::make_move_iterator(items.begin() + before),
                          std::make_move_iterator(items.begin() + before + nstar));
  Ref<List> l = list_from_values(std::move(star));
  // Stack order: first item on top, the starred list in the middle, last item lowest.
  for (uint32_t i = 0; i < before; ++i) out[total - 1 - i] = items[i].release();
  out[total - 1 - before] = l.release();
  for (uint32_t j = 0; j < after; ++j) {
    out[after - 1 - j] = items[before + nstar + j].release();
  }
}

Value format_value(Object* value, uint32_t conversion, Object* spec) {
  Value v(value);
  switch (conversion) {
    case 1:
      v = str(value);
      break;
    case 2:
      v = repr(value);
      break;
    case 3:
      v = ascii(value);
      break;
    default:
      break;
  }
  if (!spec && is_exactly(v.get(), str_type)) return v;
  Ref<Str> s = spec ? Ref<Str>(static_cast<Str*>(spec)) : str_from("");
  return format(v.get(), s.get());
}

void setup_annotations(Object* locals) {
  if (!locals) raise(exc::SystemError, "no locals found when setting up annotations");
  if (is_exactly(locals, dict_type)) {
    auto* d = static_cast<Dict*>(locals);
    if (!dict_get_str(d, dunder::annotations)) {
      Ref<Dict> a = dict_new();
      dict_set(d, dunder::annotations, a.get());
    }
    return;
  }
  if (!mapping_get_opt(locals, dunder::annotations)) {
    Ref<Dict> a = dict_new();
    setitem(locals, dunder::annotations, a.get());
  }
}

Value call_ex_args(Object* callable, Object* args) {
  if (is_exactly(args, tuple_type)) return Value(args);
  if (!is_iterable_like(args)) {
    raise(exc::TypeError, function_str(callable) + " argument after * must be an iterable, not " +
                              args->type->name);
  }
  return tuple_from_iterable(args);
}

Ref<Dict> call_ex_kwargs(Object* callable, Object* kwargs) {
  if (is_exactly(kwargs, dict_type)) return Ref<Dict>(static_cast<Dict*>(kwargs));
  Ref<Dict> d = dict_new();
  dict_merge_kwargs_checked(d.get(), kwargs, callable);
  return d;
}

Frame* make_call_frame_ex(Function* fn, Tuple* args, Dict* kwargs) {
  if (!kwargs || dict_size(kwargs) == 0)
    return make_call_frame(fn, args->items, args->size, nullptr);
  std::vector<Object*> argv(args->items, args->items + args->size);
  Ref<Tuple> kwnames = tuple_new(dict_size(kwargs));
  size_t i = 0;
  bool bad_key = false;
  dict_for_each(kwargs, [&](Object* k, Object* v) {
    if (!is_instance(k, str_type)) bad_key = true;
    kwnames->set(i++, k);
    argv.push_back(v);
  });
  if (bad_key) raise(exc::TypeError, fn->qualname->s + "() keywords must be strings");
  return make_call_frame(fn, argv.data(), args->size, kwnames.get());
}

}  // namespace al
