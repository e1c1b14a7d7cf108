// Iterator types: the sequence-protocol iterator, iter(callable, sentinel), enumerate, zip,
// map, filter and reversed (CPython: Objects/iterobject.c, Objects/enumobject.c,
// Python/bltinmodule.c).
//
// Index
//   1. Sequence iterator and callable iterator
//   2. enumerate, zip (strict), map, filter
//   3. reversed
//   4. Type set-up
#include "engine/runtime/iterators.h"

#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* seq_iter_type;
Type* callable_iter_type;
Type* enumerate_type;
Type* zip_type;
Type* map_type;
Type* filter_type;
Type* reversed_type;

namespace {

Value iter_self(Object* self) {
  return Value(self);
}

// ---- sequence iterator ----

struct SeqIter : Object {
  Value seq;
  int64_t index = 0;
  SeqIter(Type* t, Object* s) : Object(t), seq(s) {}
};

Value seq_iter_next(Object* self) {
  auto* it = static_cast<SeqIter*>(self);
  if (!it->seq) return nullptr;
  Value idx = int_from(it->index);
  try {
    Value v = getitem(it->seq.get(), idx.get());
    ++it->index;
    return v;
  } catch (PyException& e) {
    if (exception_matches(e.exc.get(), exc::IndexError) ||
        exception_matches(e.exc.get(), exc::StopIteration)) {
      it->seq = nullptr;
      return nullptr;
    }
    throw;
  }
}

// ---- callable iterator ----

struct CallableIter : Object {
  Value callable, sentinel;
  CallableIter(Type* t, Object* c, Object* s) : Object(t), callable(c), sentinel(s) {}
};

Value callable_iter_next(Object* self) {
  auto* it = static_cast<CallableIter*>(self);
  if (!it->callable) return nullptr;
  Value v;
  try {
    v = call(it->callable.get(), {});
  } catch (PyException& e) {
    if (exception_matches(e.exc.get(), exc::StopIteration)) {
      it->callable = nullptr;
      return nullptr;
    }
    throw;
  }
  if (eq(v.get(), it->sentinel.get())) {
    it->callable = nullptr;
    return nullptr;
  }
  return v;
}

// ---- enumerate ----

struct Enumerate : Object {
  Value it;
  Value index;        // int
  Ref<Tuple> result;  // handed out again when the caller has let go of it (CPython: en_result)
  Enumerate(Type* t) : Object(t) {}
};

Value enumerate_new(Type* t, Args a) {
  Object* argv[2];
  if (a.npos == 0 && a.nkw() == 0)
    raise(exc::TypeError, "enumerate() missing required argument 'iterable'");
  bind_args(a, "enumerate", {"iterable", "start"}, 1, argv);
  auto e = alloc_instance<Enumerate>(t);
  e->it = get_iter(argv[0]);
  e->index = argv[1] ? number_index(argv[1]) : int_from(int64_t(0));
  // CPython keeps a machine-sized start as a C integer, so the indexes are exact ints.
  if (int64_t start; int_as_int64(e->index.get(), start)) e->index = int_from(start);
  e->result = tuple_from({None, None});
  return e;
}

// CPython: enum_next — when only the enumerate holds its last result tuple, that tuple is
// refilled, and the previous index and item are released after the new ones are stored.
Value enumerate_next(Object* self) {
  auto* e = static_cast<Enumerate*>(self);
  Value v = iter_next(e->it.get());
  if (!v) return nullptr;
  Value idx = e->index;
  int64_t i;
  if (int_as_int64(idx.get(), i) && i < INT64_MAX) {
    e->index = int_from(i + 1);
  } else {
    e->index = binary_op(idx.get(), Value(int_from(int64_t(1))).get(), BinOp::Add);
  }
  Tuple* r = e->result.get();
  if (r->refcnt != 1) return tuple_from({idx.get(), v.get()});
  Value out(r);
  Object* old_index = r->items[0];
  Object* old_item = r->items[1];
  r->items[0] = idx.release();
  r->items[1] = v.release();
  old_index->decref();
  old_item->decref();
  return out;
}

// ---- zip ----

struct Zip : Object {
  std::vector<Value> iters;
  bool strict = false;
  Zip(Type* t) : Object(t) {}
};

Value zip_new(Type* t, Args a) {
  auto z = alloc_instance<Zip>(t);
  for (size_t k = 0; k < a.nkw(); ++k) {
    if (a.kw_name(k)->s != "strict") {
      raise(exc::TypeError, "'" + a.kw_name(k)->s + "' is an invalid keyword argument for zip()");
    }
    z->strict = truthy(a.kw_value(k));
  }
  for (size_t i = 0; i < a.npos; ++i) z->iters.push_back(get_iter(a[i]));
  return z;
}

std::string arg_range(size_t n) {
  return n == 1 ? "argument 1" : "arguments 1-" + std::to_string(n);
}

Value zip_next(Object* self) {
  auto* z = static_cast<Zip*>(self);
  if (z->iters.empty()) return nullptr;
  size_t n = z->iters.size();
  Ref<Tuple> result = tuple_new(n);
  for (size_t i = 0; i < n; ++i) {
    Value v = iter_next(z->iters[i].get());
    if (!v) {
      if (z->strict) {
        if (i > 0) {
          raise(exc::ValueError,
                "zip() argument " + std::to_string(i + 1) + " is shorter than " + arg_range(i));
        }
        for (size_t j = 1; j < n; ++j) {
          if (Value extra = iter_next(z->iters[j].get())) {
            raise(exc::ValueError,
                  "zip() argument " + std::to_string(j + 1) + " is longer than " + arg_range(j));
          }
        }
      }
      z->iters.clear();
      return nullptr;
    }
    result->set(i, v.get());
  }
  return result;
}

// ---- map ----

struct Map : Object {
  Value func;
  std::vector<Value> iters;
  Map(Type* t) : Object(t) {}
};

Value map_new(Type* t, Args a) {
  if (t == map_type) no_kwargs(a, "map");
  if (a.npos < 2) raise(exc::TypeError, "map() must have at least two arguments.");
  auto m = alloc_instance<Map>(t);
  m->func = Value(a[0]);
  for (size_t i = 1; i < a.npos; ++i) m->iters.push_back(get_iter(a[i]));
  return m;
}

Value map_next(Object* self) {
  auto* m = static_cast<Map*>(self);
  std::vector<Value> vals;
  vals.reserve(m->iters.size());
  for (auto& it : m->iters) {
    Value v = iter_next(it.get());
    if (!v) return nullptr;
    vals.push_back(std::move(v));
  }
  std::vector<Object*> raw;
  for (auto& v : vals) raw.push_back(v.get());
  return call(m->func.get(), std::span<Object* const>(raw));
}

// ---- filter ----

struct Filter : Object {
  Value func, it;
  Filter(Type* t) : Object(t) {}
};

Value filter_new(Type* t, Args a) {
  if (t == filter_type) no_kwargs(a, "filter");
  check_positional(a, "filter", 2, 2);
  auto f = alloc_instance<Filter>(t);
  f->func = Value(a[0]);
  f->it = get_iter(a[1]);
  return f;
}

Value filter_next(Object* self) {
  auto* f = static_cast<Filter*>(self);
  while (Value v = iter_next(f->it.get())) {
    bool keep;
    if (f->func.get() == None || f->func.get() == bool_type) {
      keep = truthy(v.get());
    } else {
      keep = truthy(call(f->func.get(), {v.get()}).get());
    }
    if (keep) return v;
  }
  return nullptr;
}

// ---- reversed ----

struct Reversed : Object {
  Value seq;
  int64_t index;
  Reversed(Type* t) : Object(t) {}
};

Value reversed_new(Type* t, Args a) {
  if (t == reversed_type) no_kwargs(a, "reversed");
  check_positional(a, "reversed", 1, 1);
  Object* seq = a[0];
  Object* rev = seq->type->lookup(dunder::reversed);
  if (rev == None) raise(exc::TypeError, "'" + tname(seq) + "' object is not reversible");
  if (rev) {
    Value bound = rev->type->descr_get ? rev->type->descr_get(rev, seq, seq->type) : Value(rev);
    return call(bound.get(), {});
  }
  if (!seq->type->getitem || !seq->type->length || is_instance(seq, dict_type)) {
    raise(exc::TypeError, "'" + tname(seq) + "' object is not reversible");
  }
  auto r = alloc_instance<Reversed>(t);
  r->seq = Value(seq);
  r->index = length(seq) - 1;
  return r;
}

Value reversed_next(Object* self) {
  auto* r = static_cast<Reversed*>(self);
  if (!r->seq || r->index < 0) {
    r->seq = nullptr;
    return nullptr;
  }
  Value idx = int_from(r->index--);
  try {
    return getitem(r->seq.get(), idx.get());
  } catch (PyException& e) {
    if (exception_matches(e.exc.get(), exc::IndexError) ||
        exception_matches(e.exc.get(), exc::StopIteration)) {
      r->seq = nullptr;
      return nullptr;
    }
    throw;
  }
}

Value reversed_length_hint(Object* self, Args) {
  auto* r = static_cast<Reversed*>(self);
  return int_from(r->seq ? r->index + 1 : 0);
}

Type* iterator_type(const char* name, Value (*next)(Object*), Value (*new_fn)(Type*, Args),
                    bool subclassable) {
  Type* t = new_builtin_type(name, object_type);
  t->iter = iter_self;
  t->next = next;
  t->new_instance = new_fn;
  t->allows_subclass = subclassable;
  t->ready();
  return t;
}

}  // namespace

Value seq_iter_new(Object* seq) {
  return make<SeqIter>(seq_iter_type, seq);
}

Value callable_iter_new(Object* callable, Object* sentinel) {
  return make<CallableIter>(callable_iter_type, callable, sentinel);
}

void init_iterator_types() {
  seq_iter_type = iterator_type("iterator", seq_iter_next, nullptr, false);
  callable_iter_type = iterator_type("callable_iterator", callable_iter_next, nullptr, false);
  enumerate_type = iterator_type("enumerate", enumerate_next, enumerate_new, true);
  enumerate_type->dict_offset = with_dict_offset<Enumerate>();
  zip_type = iterator_type("zip", zip_next, zip_new, true);
  zip_type->dict_offset = with_dict_offset<Zip>();
  map_type = iterator_type("map", map_next, map_new, true);
  map_type->dict_offset = with_dict_offset<Map>();
  filter_type = iterator_type("filter", filter_next, filter_new, true);
  filter_type->dict_offset = with_dict_offset<Filter>();
  reversed_type = iterator_type("reversed", reversed_next, reversed_new, true);
  reversed_type->dict_offset = with_dict_offset<Reversed>();
  add_method(reversed_type, "__length_hint__", reversed_length_hint);
}

}  // namespace al
