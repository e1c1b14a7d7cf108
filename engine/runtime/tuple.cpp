// tuple objects (CPython: Objects/tupleobject.c).
//
// Index
//   1. Allocation (items stored after the object) and the C++ API
//   2. Slots: repr, hash, comparison (shared with list), +, *, subscripts, contains
//   3. Iterator, constructor and methods
#include "engine/runtime/tuple.h"

#include <new>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/hash.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/slice.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Tuple::Tuple(Type* t, size_t n, Object** storage) : Object(t), size(n), items(storage) {
  for (size_t i = 0; i < n; ++i) {
    items[i] = None;
    None->incref();
  }
}

namespace {
// The size of the block being freed, set by ~Tuple after its items (which may free other
// tuples) are released and read by operator delete, which runs right after it.
thread_local size_t tl_freed_tuple_bytes;
}  // namespace

// CPython: tupledealloc releases the items from the last to the first.
Tuple::~Tuple() {
  for (size_t i = size; i-- > 0;) items[i]->decref();
  tl_freed_tuple_bytes = size_t(reinterpret_cast<char*>(items) - reinterpret_cast<char*>(this)) +
                         size * sizeof(Object*);
}

void Tuple::operator delete(void* p) {
  small_alloc::release(p, tl_freed_tuple_bytes);
}

void Tuple::set(size_t i, Object* v) {
  v->incref();
  Object* old = items[i];
  items[i] = v;
  old->decref();
}

namespace {

template <class L>
Ref<Tuple> alloc_tuple(Type* t, size_t n) {
  check_alloc(n, sizeof(Object*));
  void* mem;
  try {
    mem = small_alloc::allocate(sizeof(L) + n * sizeof(Object*));
  } catch (std::bad_alloc&) {
    raise_memory_error();
  }
  auto* storage = reinterpret_cast<Object**>(static_cast<char*>(mem) + sizeof(L));
  return Ref<Tuple>(new (mem) L(t, n, storage));
}

}  // namespace

Ref<Tuple> tuple_new_of_type(Type* t, size_t n) {
  if (t->has_instance_dict && t->dict_offset == with_dict_offset<Tuple>())
    return alloc_tuple<WithDict<Tuple>>(t, n);
  return alloc_tuple<Tuple>(t, n);
}

Tuple* empty_tuple() {
  static Tuple* e = [] {
    Ref<Tuple> t = alloc_tuple<Tuple>(tuple_type, 0);
    t->make_immortal();
    return t.release();
  }();
  return e;
}

Ref<Tuple> tuple_new(size_t n) {
  if (n == 0) return Ref<Tuple>(empty_tuple());
  return alloc_tuple<Tuple>(tuple_type, n);
}

Ref<Tuple> tuple_from(std::span<Object* const> items) {
  Ref<Tuple> t = tuple_new(items.size());
  for (size_t i = 0; i < items.size(); ++i) t->set(i, items[i]);
  return t;
}

Ref<Tuple> tuple_from(std::initializer_list<Object*> items) {
  return tuple_from(std::span<Object* const>(items.begin(), items.size()));
}

Ref<Tuple> tuple_from_values(std::span<const Value> items) {
  Ref<Tuple> t = tuple_new(items.size());
  for (size_t i = 0; i < items.size(); ++i) t->set(i, items[i].get());
  return t;
}

Ref<Tuple> tuple_from_iterable(Object* iterable) {
  if (is_exactly(iterable, tuple_type)) return Ref<Tuple>(static_cast<Tuple*>(iterable));
  if (is_instance(iterable, list_type)) {
    auto& v = static_cast<List*>(iterable)->items;
    return tuple_from_values(std::span<const Value>(v.data(), v.size()));
  }
  std::vector<Value> items;
  Value it = get_iter(iterable);
  int64_t hint = length_hint(iterable, 0);
  if (hint > 0) {
    check_alloc(size_t(hint), sizeof(Value));
    items.reserve(size_t(hint));
  }
  while (Value v = iter_next(it.get())) {
    if (items.size() == items.capacity()) check_alloc(items.size() * 2 + 1, sizeof(Value));
    items.push_back(std::move(v));
  }
  return tuple_from_values(items);
}

namespace {

Tuple* as_tuple(Object* o) {
  return static_cast<Tuple*>(o);
}

Value tuple_repr(Object* self) {
  Tuple* t = as_tuple(self);
  if (t->size == 0) return str_from("()");
  ReprGuard guard(self);
  if (!guard.active()) return str_from("(...)");
  std::string out = "(";
  for (size_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    out += repr(t->items[i])->s;
  }
  if (t->size == 1) out += ",";
  out += ")";
  return str_from(std::move(out));
}

int64_t tuple_hash(Object* self) {
  Tuple* t = as_tuple(self);
  std::vector<int64_t> hs(t->size);
  for (size_t i = 0; i < t->size; ++i) hs[i] = hash(t->items[i]);
  return hash_tuple(hs);
}

}  // namespace

// Lexicographic comparison shared by tuple and list (CPython: tuplerichcompare).
Value sequence_richcompare(Object* const* a, size_t na, Object* const* b, size_t nb, CmpOp op) {
  size_t i = 0;
  for (; i < na && i < nb; ++i) {
    if (!eq(a[i], b[i])) break;
  }
  if (i >= na || i >= nb) {
    return bool_obj(cmp_holds((na > nb) - (na < nb), op));
  }
  if (op == CmpOp::Eq) return bool_obj(false);
  if (op == CmpOp::Ne) return bool_obj(true);
  return compare(a[i], b[i], op);
}

namespace {

Value tuple_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_instance(b, tuple_type)) return Value(NotImplemented);
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  Ref<Tuple> hx(x), hy(y);
  return sequence_richcompare(x->items, x->size, y->items, y->size, op);
}

Value tuple_add(Object* a, Object* b) {
  if (!is_instance(a, tuple_type) || !is_instance(b, tuple_type)) return Value(NotImplemented);
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  if (y->size == 0 && is_exactly(a, tuple_type)) return Value(a);
  if (x->size == 0 && is_exactly(b, tuple_type)) return Value(b);
  Ref<Tuple> r = tuple_new(x->size + y->size);
  for (size_t i = 0; i < x->size; ++i) r->set(i, x->items[i]);
  for (size_t i = 0; i < y->size; ++i) r->set(x->size + i, y->items[i]);
  return r;
}

Value tuple_repeat(Tuple* t, Object* count) {
  int64_t n = index_as_int64(count);
  if (n <= 0 || t->size == 0) return Value(empty_tuple());
  if (n == 1 && is_exactly(t, tuple_type)) return Value(t);
  if (uint64_t(n) > uint64_t(INT64_MAX) / t->size / sizeof(Object*)) raise_memory_error();
  Ref<Tuple> r = tuple_new(size_t(n) * t->size);
  for (size_t k = 0; k < size_t(n); ++k) {
    for (size_t i = 0; i < t->size; ++i) r->set(k * t->size + i, t->items[i]);
  }
  return r;
}

Value tuple_mul(Object* a, Object* b) {
  if (is_instance(a, tuple_type) && b->type->index) return tuple_repeat(as_tuple(a), b);
  if (is_instance(b, tuple_type) && a->type->index) return tuple_repeat(as_tuple(b), a);
  return Value(NotImplemented);
}

int64_t tuple_len(Object* self) {
  return int64_t(as_tuple(self)->size);
}

Value tuple_getitem(Object* self, Object* key) {
  Tuple* t = as_tuple(self);
  if (is_instance(key, slice_type)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(static_cast<Slice*>(key), int64_t(t->size), start, stop, step);
    if (n <= 0) return Value(empty_tuple());
    if (step == 1 && n == int64_t(t->size) && is_exactly(self, tuple_type)) return Value(self);
    Ref<Tuple> r = tuple_new(size_t(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) r->set(size_t(i), t->items[j]);
    return r;
  }
  if (!key->type->index) {
    raise(exc::TypeError, "tuple indices must be integers or slices, not " + tname(key));
  }
  int64_t i = index_as_int64(key, exc::IndexError);
  if (i < 0) i += int64_t(t->size);
  if (i < 0 || i >= int64_t(t->size)) raise(exc::IndexError, "tuple index out of range");
  return Value(t->items[i]);
}

int tuple_contains(Object* self, Object* item) {
  Tuple* t = as_tuple(self);
  for (size_t i = 0; i < t->size; ++i) {
    if (eq(t->items[i], item)) return 1;
  }
  return 0;
}

struct TupleIter : Object {
  Ref<Tuple> t;
  size_t pos = 0;
  TupleIter(Type* ty, Tuple* tu) : Object(ty), t(tu) {}
};
Type* tuple_iterator_type;

Value tuple_iter(Object* self) {
  return make<TupleIter>(tuple_iterator_type, as_tuple(self));
}

Value tuple_iter_next(Object* self) {
  auto* it = static_cast<TupleIter*>(self);
  if (!it->t) return nullptr;
  if (it->pos >= it->t->size) {
    it->t = nullptr;
    return nullptr;
  }
  return Value(it->t->items[it->pos++]);
}

Value tuple_iter_length_hint(Object* self, Args) {
  auto* it = static_cast<TupleIter*>(self);
  return int_from(it->t ? int64_t(it->t->size - it->pos) : 0);
}

Value iter_self(Object* self) {
  return Value(self);
}

Value tuple_new_slot(Type* t, Args a) {
  if (t == tuple_type) no_kwargs(a, "tuple");
  check_positional(a, "tuple", 0, 1);
  Ref<Tuple> items = a.npos ? tuple_from_iterable(a[0]) : Ref<Tuple>(empty_tuple());
  if (t == tuple_type) return items;
  Ref<Tuple> r = tuple_new_of_type(t, items->size);
  for (size_t i = 0; i < items->size; ++i) r->set(i, items->items[i]);
  return r;
}

Value m_count(Object* self, Args a) {
  check_one_arg(a, "count");
  Tuple* t = as_tuple(self);
  int64_t n = 0;
  for (size_t i = 0; i < t->size; ++i) n += eq(t->items[i], a[0]);
  return int_from(n);
}

Value m_index(Object* self, Args a) {
  no_kwargs(a, "index");
  check_positional(a, "index", 1, 3);
  Tuple* t = as_tuple(self);
  auto len = int64_t(t->size);
  int64_t start = 0, stop = len;
  if (a.npos > 1) start = index_as_int64(a[1]);
  if (a.npos > 2) stop = index_as_int64(a[2]);
  if (start < 0) start = std::max<int64_t>(0, start + len);
  if (stop < 0) stop = std::max<int64_t>(0, stop + len);
  for (int64_t i = start; i < std::min(stop, len); ++i) {
    if (eq(t->items[i], a[0])) return int_from(i);
  }
  raise(exc::ValueError, "tuple.index(x): x not in tuple");
}

Value m_getnewargs(Object* self, Args) {
  return tuple_from({self});
}

}  // namespace

void init_tuple_type() {
  Type* t = tuple_type;
  t->new_instance = tuple_new_slot;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->richcompare = tuple_richcompare;
  t->binop[int(BinOp::Add)] = tuple_add;
  t->binop[int(BinOp::Mul)] = tuple_mul;
  t->length = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->iter = tuple_iter;
  t->dict_offset = with_dict_offset<Tuple>();
  t->ready();
  add_method(t, "count", m_count);
  add_method(t, "index", m_index);
  add_method(t, "__getnewargs__", m_getnewargs);

  tuple_iterator_type = new_builtin_type("tuple_iterator", object_type);
  tuple_iterator_type->iter = iter_self;
  tuple_iterator_type->next = tuple_iter_next;
  tuple_iterator_type->allows_subclass = false;
  tuple_iterator_type->ready();
  add_method(tuple_iterator_type, "__length_hint__", tuple_iter_length_hint);
}

}  // namespace al
