// list objects (CPython: Objects/listobject.c).
//
// Index
//   1. C++ API
//   2. Slots: repr, compare, +, *, +=, *=, len, subscripts (with slices), contains, iter
//   3. Methods (sort is in list_sort.cpp)
//   4. Iterators
#include "engine/runtime/list.h"

#include <algorithm>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/slice.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. C++ API
// ---------------------------------------------------------------------------------------------

Ref<List> list_new() {
  return make<List>(list_type);
}

Ref<List> list_from(std::span<Object* const> items) {
  Ref<List> l = list_new();
  l->items.reserve(items.size());
  for (Object* o : items) l->items.emplace_back(o);
  return l;
}

Ref<List> list_from_values(std::vector<Value> items) {
  Ref<List> l = list_new();
  l->items = std::move(items);
  return l;
}

void list_append(List* l, Object* v) {
  if (l->items.size() == l->items.capacity()) check_alloc(l->items.size() * 2 + 1, sizeof(Value));
  try {
    l->items.emplace_back(v);
  } catch (std::bad_alloc&) {
    raise_memory_error();
  }
}

void list_extend(List* l, Object* iterable) {
  if (is_instance(iterable, list_type) || is_instance(iterable, tuple_type)) {
    std::vector<Value> add;
    if (is_instance(iterable, list_type)) {
      add = static_cast<List*>(iterable)->items;  // copy first: l.extend(l) doubles once
    } else {
      auto* t = static_cast<Tuple*>(iterable);
      add.assign(t->items, t->items + t->size);
    }
    check_alloc(l->items.size() + add.size(), sizeof(Value));
    l->items.insert(l->items.end(), std::make_move_iterator(add.begin()),
                    std::make_move_iterator(add.end()));
    return;
  }
  Value it = get_iter(iterable);
  int64_t hint = length_hint(iterable, 0);
  if (hint > 0) {
    check_alloc(l->items.size() + size_t(hint), sizeof(Value));
    l->items.reserve(l->items.size() + size_t(hint));
  }
  while (Value v = iter_next(it.get())) list_append(l, v.get());
}

Ref<List> list_from_iterable(Object* iterable) {
  Ref<List> l = list_new();
  list_extend(l.get(), iterable);
  return l;
}

namespace {

List* as_list(Object* o) {
  return static_cast<List*>(o);
}

}  // namespace

void release_last_to_first(std::vector<Value>& items) {
  while (!items.empty()) items.pop_back();
}

List::~List() {
  release_last_to_first(items);
}

// ---------------------------------------------------------------------------------------------
// 2. Slots
// ---------------------------------------------------------------------------------------------

namespace {

Value list_repr(Object* self) {
  List* l = as_list(self);
  if (l->items.empty()) return str_from("[]");
  ReprGuard guard(self);
  if (!guard.active()) return str_from("[...]");
  std::string out = "[";
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (i) out += ", ";
    Value item = l->items[i];
    out += repr(item.get())->s;
  }
  out += "]";
  return str_from(std::move(out));
}

Value list_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_instance(b, list_type)) return Value(NotImplemented);
  List* x = as_list(a);
  List* y = as_list(b);
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && x->items.size() != y->items.size()) {
    return bool_obj(op == CmpOp::Ne);
  }
  // Snapshot the items: comparisons may run Python code that mutates the lists.
  std::vector<Value> xs = x->items, ys = y->items;
  std::vector<Object*> xp(xs.size()), yp(ys.size());
  for (size_t i = 0; i < xs.size(); ++i) xp[i] = xs[i].get();
  for (size_t i = 0; i < ys.size(); ++i) yp[i] = ys[i].get();
  return sequence_richcompare(xp.data(), xp.size(), yp.data(), yp.size(), op);
}

Value list_add(Object* a, Object* b) {
  if (!is_instance(a, list_type) || !is_instance(b, list_type)) return Value(NotImplemented);
  List* x = as_list(a);
  List* y = as_list(b);
  check_alloc(x->items.size() + y->items.size(), sizeof(Value));
  Ref<List> r = list_new();
  r->items.reserve(x->items.size() + y->items.size());
  r->items.insert(r->items.end(), x->items.begin(), x->items.end());
  r->items.insert(r->items.end(), y->items.begin(), y->items.end());
  return r;
}

std::vector<Value> repeat_items(const std::vector<Value>& items, Object* count) {
  int64_t n = index_as_int64(count);
  std::vector<Value> out;
  if (n <= 0 || items.empty()) return out;
  if (uint64_t(n) > uint64_t(INT64_MAX) / items.size()) raise_memory_error();
  check_alloc(size_t(n) * items.size(), sizeof(Value));
  try {
    out.reserve(size_t(n) * items.size());
  } catch (std::bad_alloc&) {
    raise_memory_error();
  }
  for (int64_t k = 0; k < n; ++k) out.insert(out.end(), items.begin(), items.end());
  return out;
}

Value list_mul(Object* a, Object* b) {
  if (is_instance(a, list_type) && b->type->index)
    return list_from_values(repeat_items(as_list(a)->items, b));
  if (is_instance(b, list_type) && a->type->index)
    return list_from_values(repeat_items(as_list(b)->items, a));
  return Value(NotImplemented);
}

Value list_iadd(Object* a, Object* b) {
  list_extend(as_list(a), b);
  return Value(a);
}

Value list_imul(Object* a, Object* b) {
  if (!b->type->index) return Value(NotImplemented);
  List* l = as_list(a);
  std::vector<Value> r = repeat_items(l->items, b);
  std::swap(l->items, r);
  release_last_to_first(r);
  return Value(a);
}

int64_t list_len(Object* self) {
  return int64_t(as_list(self)->items.size());
}

[[noreturn]] void bad_index(Object* key) {
  raise(exc::TypeError, "list indices must be integers or slices, not " + tname(key));
}

Value list_getitem(Object* self, Object* key) {
  List* l = as_list(self);
  if (is_instance(key, int_type) || (key->type->index && !is_instance(key, slice_type))) {
    int64_t i = index_as_int64(key, exc::IndexError);
    auto n = int64_t(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(exc::IndexError, "list index out of range");
    return l->items[size_t(i)];
  }
  if (is_instance(key, slice_type)) {
    int64_t start, stop, step;
    int64_t n =
        slice_indices(static_cast<Slice*>(key), int64_t(l->items.size()), start, stop, step);
    Ref<List> r = list_new();
    if (n <= 0) return r;
    r->items.reserve(size_t(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) r->items.push_back(l->items[size_t(j)]);
    return r;
  }
  bad_index(key);
}

void assign_slice(List* l, Slice* s, Object* value) {
  int64_t start, stop, step;
  int64_t n = slice_indices(s, int64_t(l->items.size()), start, stop, step);
  if (!value) {
    if (n <= 0) return;
    if (step == 1) {
      std::vector<Value> removed(l->items.begin() + start, l->items.begin() + stop);
      l->items.erase(l->items.begin() + start, l->items.begin() + stop);
      release_last_to_first(removed);
      return;
    }
    std::vector<bool> drop(l->items.size(), false);
    for (int64_t i = 0, j = start; i < n; ++i, j += step) drop[size_t(j)] = true;
    std::vector<Value> kept, removed;
    for (size_t i = 0; i < l->items.size(); ++i)
      (drop[i] ? removed : kept).push_back(std::move(l->items[i]));
    l->items = std::move(kept);
    return;
  }
  std::vector<Value> seq;
  if (value == l) {
    seq = l->items;
  } else if (is_instance(value, list_type) || is_instance(value, tuple_type)) {
    Ref<Tuple> t = tuple_from_iterable(value);
    seq.assign(t->items, t->items + t->size);
  } else {
    if (!value->type->iter && !value->type->getitem) {
      raise(exc::TypeError,
            step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    }
    Ref<Tuple> t = tuple_from_iterable(value);
    seq.assign(t->items, t->items + t->size);
  }
  if (step == 1) {
    if (stop < start) stop = start;
    std::vector<Value> removed(l->items.begin() + start, l->items.begin() + stop);
    l->items.erase(l->items.begin() + start, l->items.begin() + stop);
    l->items.insert(l->items.begin() + start, seq.begin(), seq.end());
    release_last_to_first(removed);
    return;
  }
  if (int64_t(seq.size()) != std::max<int64_t>(n, 0)) {
    raise(exc::ValueError, "attempt to assign sequence of size " + std::to_string(seq.size()) +
                               " to extended slice of size " +
                               std::to_string(std::max<int64_t>(n, 0)));
  }
  for (int64_t i = 0, j = start; i < n; ++i, j += step) l->items[size_t(j)] = seq[size_t(i)];
}

void list_setitem(Object* self, Object* key, Object* value) {
  List* l = as_list(self);
  if (is_instance(key, slice_type)) return assign_slice(l, static_cast<Slice*>(key), value);
  if (!key->type->index) bad_index(key);
  int64_t i = index_as_int64(key, exc::IndexError);
  auto n = int64_t(l->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc::IndexError, "list assignment index out of range");
  if (value) {
    Value old = std::move(l->items[size_t(i)]);
    l->items[size_t(i)] = Value(value);
  } else {
    Value old = std::move(l->items[size_t(i)]);
    l->items.erase(l->items.begin() + i);
  }
}

int list_contains(Object* self, Object* item) {
  List* l = as_list(self);
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value v = l->items[i];
    if (eq(v.get(), item)) return 1;
  }
  return 0;
}

Value list_new_slot(Type* t, Args) {
  if (t == list_type) return list_new();
  return alloc_instance<List>(t);
}

void list_init(Object* self, Args a) {
  if (self->type == list_type) no_kwargs(a, "list");
  check_positional(a, "list", 0, 1);
  List* l = as_list(self);
  std::vector<Value> old = std::move(l->items);
  l->items.clear();
  release_last_to_first(old);
  if (a.npos) list_extend(l, a[0]);
}

// ---------------------------------------------------------------------------------------------
// 3. Methods
// ---------------------------------------------------------------------------------------------

Value m_append(Object* self, Args a) {
  check_one_arg(a, "list.append");
  list_append(as_list(self), a[0]);
  return none();
}

Value m_extend(Object* self, Args a) {
  check_one_arg(a, "list.extend");
  list_extend(as_list(self), a[0]);
  return none();
}

Value m_insert(Object* self, Args a) {
  no_kwargs(a, "insert");
  check_positional(a, "insert", 2, 2);
  List* l = as_list(self);
  int64_t i = index_as_int64(a[0]);
  auto n = int64_t(l->items.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  l->items.insert(l->items.begin() + i, Value(a[1]));
  return none();
}

Value m_pop(Object* self, Args a) {
  no_kwargs(a, "pop");
  check_positional(a, "pop", 0, 1);
  List* l = as_list(self);
  if (l->items.empty()) raise(exc::IndexError, "pop from empty list");
  auto n = int64_t(l->items.size());
  int64_t i = a.npos ? index_as_int64(a[0]) : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc::IndexError, "pop index out of range");
  Value v = std::move(l->items[size_t(i)]);
  l->items.erase(l->items.begin() + i);
  return v;
}

Value m_remove(Object* self, Args a) {
  check_one_arg(a, "list.remove");
  List* l = as_list(self);
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value v = l->items[i];
    if (eq(v.get(), a[0])) {
      if (i < l->items.size()) {
        Value old = std::move(l->items[i]);
        l->items.erase(l->items.begin() + int64_t(i));
      }
      return none();
    }
  }
  raise(exc::ValueError, "list.remove(x): x not in list");
}

Value m_index(Object* self, Args a) {
  no_kwargs(a, "index");
  check_positional(a, "index", 1, 3);
  List* l = as_list(self);
  auto n = int64_t(l->items.size());
  int64_t start = 0, stop = n;
  if (a.npos > 1) start = index_as_int64(a[1]);
  if (a.npos > 2) stop = index_as_int64(a[2]);
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < stop && i < int64_t(l->items.size()); ++i) {
    Value v = l->items[size_t(i)];
    if (eq(v.get(), a[0])) return int_from(i);
  }
  raise(exc::ValueError, repr(a[0])->s + " is not in list");
}

Value m_count(Object* self, Args a) {
  check_one_arg(a, "list.count");
  List* l = as_list(self);
  int64_t c = 0;
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value v = l->items[i];
    c += eq(v.get(), a[0]);
  }
  return int_from(c);
}

Value m_clear(Object* self, Args a) {
  check_no_args(a, "list.clear");
  std::vector<Value> old = std::move(as_list(self)->items);
  as_list(self)->items.clear();
  release_last_to_first(old);
  return none();
}

Value m_copy(Object* self, Args a) {
  check_no_args(a, "list.copy");
  return list_from_values(as_list(self)->items);
}

Value m_reverse(Object* self, Args a) {
  check_no_args(a, "list.reverse");
  std::reverse(as_list(self)->items.begin(), as_list(self)->items.end());
  return none();
}

Value m_sort(Object* self, Args a) {
  Object* argv[2];
  if (a.npos) raise(exc::TypeError, "sort() takes no positional arguments");
  bind_args(a, "sort", {"key", "reverse"}, 0, argv, 0, 0);
  bool reverse = argv[1] && truthy(argv[1]);
  list_sort(as_list(self), argv[0], reverse);
  return none();
}

Value m_sizeof(Object* self, Args) {
  return int_from(int64_t(40 + 8 * as_list(self)->items.capacity()));
}

// ---------------------------------------------------------------------------------------------
// 4. Iterators
// ---------------------------------------------------------------------------------------------

struct ListIter : Object {
  Ref<List> list;
  int64_t pos;
  bool reversed;
  ListIter(Type* t, List* l, bool r)
      : Object(t), list(l), pos(r ? int64_t(l->items.size()) - 1 : 0), reversed(r) {}
};

Type* list_iterator_type;
Type* list_reverseiterator_type;

Value list_iter(Object* self) {
  return make<ListIter>(list_iterator_type, as_list(self), false);
}

Value list_iter_next(Object* self) {
  auto* it = static_cast<ListIter*>(self);
  if (!it->list) return nullptr;
  if (it->pos >= 0 && it->pos < int64_t(it->list->items.size())) {
    Value v = it->list->items[size_t(it->pos)];
    it->pos += it->reversed ? -1 : 1;
    return v;
  }
  it->list = nullptr;
  return nullptr;
}

Value list_iter_length_hint(Object* self, Args) {
  auto* it = static_cast<ListIter*>(self);
  if (!it->list) return int_from(int64_t(0));
  int64_t n = it->reversed ? it->pos + 1 : int64_t(it->list->items.size()) - it->pos;
  return int_from(std::max<int64_t>(n, 0));
}

Value iter_self(Object* self) {
  return Value(self);
}

Value m_reversed(Object* self, Args a) {
  check_no_args(a, "__reversed__");
  return make<ListIter>(list_reverseiterator_type, as_list(self), true);
}

}  // namespace

void init_list_type() {
  Type* t = list_type;
  t->new_instance = list_new_slot;
  t->init = list_init;
  t->repr = list_repr;
  t->richcompare = list_richcompare;
  t->binop[int(BinOp::Add)] = list_add;
  t->binop[int(BinOp::Mul)] = list_mul;
  t->inplace[int(BinOp::Add)] = list_iadd;
  t->inplace[int(BinOp::Mul)] = list_imul;
  t->length = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->iter = list_iter;
  t->dict_offset = with_dict_offset<List>();
  t->ready();
  add_method(t, "append", m_append);
  add_method(t, "extend", m_extend);
  add_method(t, "insert", m_insert);
  add_method(t, "pop", m_pop);
  add_method(t, "remove", m_remove);
  add_method(t, "index", m_index);
  add_method(t, "count", m_count);
  add_method(t, "clear", m_clear);
  add_method(t, "copy", m_copy);
  add_method(t, "reverse", m_reverse);
  add_method(t, "sort", m_sort);
  add_method(t, "__reversed__", m_reversed);
  add_method(t, "__sizeof__", m_sizeof);

  list_iterator_type = new_builtin_type("list_iterator", object_type);
  list_reverseiterator_type = new_builtin_type("list_reverseiterator", object_type);
  for (Type* it : {list_iterator_type, list_reverseiterator_type}) {
    it->iter = iter_self;
    it->next = list_iter_next;
    it->allows_subclass = false;
    it->ready();
    add_method(it, "__length_hint__", list_iter_length_hint);
  }
}

}  // namespace al
