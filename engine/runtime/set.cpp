// set and frozenset (CPython: Objects/setobject.c). The table, probing, resizing and the
// algorithms of every operation follow CPython 3.11 step for step, because iteration order is
// table order and scripts print sets.
//
// Index
//   1. The table: lookup, add, discard, resize, merge
//   2. Algorithms: copy, union, intersection, difference, symmetric difference, subset
//   3. Slots
//   4. Methods
//   5. Iterator
#include "engine/runtime/set.h"

#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. The table
// ---------------------------------------------------------------------------------------------

namespace {

constexpr size_t kMinSize = 8;       // PySet_MINSIZE
constexpr size_t kLinearProbes = 9;  // LINEAR_PROBES
constexpr int kPerturbShift = 5;

// The marker of a deleted slot (CPython's `dummy`, hash -1).
Object* dummy_key() {
  static Object* d = [] {
    auto* o = new Object(object_type);
    o->make_immortal();
    return o;
  }();
  return d;
}

bool is_anyset(Object* o) {
  return is_instance(o, set_type) || is_instance(o, frozenset_type);
}

Set* as_set(Object* o) {
  return static_cast<Set*>(o);
}

size_t mask_of(const Set* s) {
  return s->table.size() - 1;
}

bool keys_match(Object* startkey, Object* key) {
  if (startkey == key) return true;
  if (is_exactly(startkey, str_type) && is_exactly(key, str_type)) {
    return static_cast<Str*>(startkey)->s == static_cast<Str*>(key)->s;
  }
  return false;
}

// CPython: set_lookkey. Returns the slot holding key or the empty slot that ends the search.
SetEntry* lookkey(Set* so, Object* key, int64_t hash) {
restart:
  size_t mask = mask_of(so);
  size_t i = size_t(hash) & mask;
  auto perturb = uint64_t(hash);
  while (true) {
    SetEntry* entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    while (true) {
      if (entry->hash == 0 && entry->key == nullptr) return entry;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (keys_match(startkey, key)) return entry;
        SetEntry* table = so->table.data();
        Value hold(startkey);
        bool same = eq(startkey, key);
        if (table != so->table.data() || entry->key != startkey) goto restart;
        if (same) return entry;
        mask = mask_of(so);
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// CPython: set_insert_clean — the key is known to be absent and there are no dummies.
void insert_clean(std::vector<SetEntry>& table, Object* key, int64_t hash) {
  size_t mask = table.size() - 1;
  auto perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  while (true) {
    SetEntry* entry = &table[i];
    if (entry->key == nullptr) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key == nullptr) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// CPython: set_table_resize. Ownership of the keys moves from the old table to the new one.
void table_resize(Set* so, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  check_alloc(newsize, sizeof(SetEntry));
  std::vector<SetEntry> old;
  old.swap(so->table);
  try {
    so->table.assign(newsize, SetEntry{});
  } catch (std::bad_alloc&) {
    so->table.swap(old);
    raise_memory_error();
  }
  Object* d = dummy_key();
  so->fill = so->used;
  for (auto& e : old) {
    if (e.key != nullptr && e.key != d) insert_clean(so->table, e.key, e.hash);
  }
}

// CPython: set_add_entry. Takes a new reference to key when it is inserted.
void add_entry(Set* so, Object* key, int64_t hash) {
  Value hold(key);  // the comparison may run code that drops the caller's reference
restart:
  size_t mask = mask_of(so);
  size_t i = size_t(hash) & mask;
  SetEntry* freeslot = nullptr;
  auto perturb = uint64_t(hash);
  SetEntry* entry;
  while (true) {
    entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    while (true) {
      if (entry->hash == 0 && entry->key == nullptr) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (keys_match(startkey, key)) return;
        SetEntry* table = so->table.data();
        Value hold_start(startkey);
        bool same = eq(startkey, key);
        if (same) return;
        if (table != so->table.data() || entry->key != startkey) goto restart;
        mask = mask_of(so);
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    ++so->used;
    freeslot->key = hold.release();
    freeslot->hash = hash;
    return;
  }
  ++so->fill;
  ++so->used;
  entry->key = hold.release();
  entry->hash = hash;
  if (so->fill * 5 < mask * 3) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// CPython: set_discard_entry. True when the key was present.
bool discard_entry(Set* so, Object* key, int64_t hash) {
  SetEntry* entry = lookkey(so, key, hash);
  if (entry->key == nullptr) return false;
  Object* old = entry->key;
  entry->key = dummy_key();
  entry->hash = -1;
  --so->used;
  old->decref();
  return true;
}

bool contains_entry(Set* so, Object* key, int64_t hash) {
  return lookkey(so, key, hash)->key != nullptr;
}

// Hash of a key, turning an unhashable set into a frozenset lookup (CPython: set_contains_key).
template <class F>
auto with_hashable(Object* key, F&& f) {
  if (is_instance(key, set_type) && !key->type->hash) {
    Ref<Set> tmp = frozenset_new();
    set_update(tmp.get(), key);
    return f(static_cast<Object*>(tmp.get()), hash(tmp.get()));
  }
  return f(key, hash(key));
}

void clear_table(Set* so) {
  std::vector<SetEntry> old;
  old.swap(so->table);
  so->table.assign(kMinSize, SetEntry{});
  so->fill = so->used = 0;
  Object* d = dummy_key();
  for (auto& e : old) {
    if (e.key && e.key != d) e.key->decref();
  }
}

// CPython: set_merge.
void merge(Set* so, Set* other) {
  if (other == so || other->used == 0) return;
  if ((so->fill + other->used) * 5 >= mask_of(so) * 3)
    table_resize(so, (so->used + other->used) * 2);
  Object* d = dummy_key();
  if (so->fill == 0 && mask_of(so) == mask_of(other) && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); ++i) {
      Object* key = other->table[i].key;
      if (key) {
        key->incref();
        so->table[i].key = key;
        so->table[i].hash = other->table[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (auto& e : other->table) {
      if (e.key && e.key != d) {
        e.key->incref();
        insert_clean(so->table, e.key, e.hash);
      }
    }
    return;
  }
  std::vector<SetEntry> snapshot;
  for (auto& e : other->table) {
    if (e.key && e.key != d) snapshot.push_back(e);
  }
  std::vector<Value> holds;
  for (auto& e : snapshot) holds.emplace_back(e.key);
  for (auto& e : snapshot) add_entry(so, e.key, e.hash);
}

// Live entries of a set in table order (references held), safe against mutation.
std::vector<std::pair<Value, int64_t>> entries_of(Set* s) {
  std::vector<std::pair<Value, int64_t>> out;
  out.reserve(s->used);
  for (auto& e : s->table) {
    if (set_entry_live(e)) out.emplace_back(Value(e.key), e.hash);
  }
  return out;
}

}  // namespace

bool set_entry_live(const SetEntry& e) {
  return e.key != nullptr && e.key != dummy_key();
}

Set::Set(Type* t) : Object(t), table(kMinSize) {}

Set::~Set() {
  Object* d = dummy_key();
  for (auto& e : table) {
    if (e.key && e.key != d) e.key->decref();
  }
}

Ref<Set> set_new() {
  return make<Set>(set_type);
}
Ref<Set> frozenset_new() {
  return make<Set>(frozenset_type);
}
Ref<Set> set_new_of_type(Type* t) {
  if (t == set_type || t == frozenset_type) return make<Set>(t);
  return alloc_instance<Set>(t);
}

void set_add(Set* s, Object* key) {
  add_entry(s, key, hash(key));
}

Ref<Set> frozenset_constant(std::span<Object* const> items) {
  Ref<Set> folded = frozenset_new();
  for (Object* o : items) set_add(folded.get(), o);
  Ref<Set> merged = frozenset_new();
  for (auto& [key, h] : entries_of(folded.get())) add_entry(merged.get(), key.get(), h);
  return merged;
}

bool set_contains(Set* s, Object* key) {
  return with_hashable(key, [&](Object* k, int64_t h) { return contains_entry(s, k, h); });
}

bool set_discard(Set* s, Object* key) {
  return with_hashable(key, [&](Object* k, int64_t h) { return discard_entry(s, k, h); });
}

size_t set_size(const Set* s) {
  return s->used;
}

// CPython: set_update_internal.
void set_update(Set* so, Object* other) {
  if (is_anyset(other)) return merge(so, as_set(other));
  if (is_exactly(other, dict_type)) {
    auto* d = static_cast<Dict*>(other);
    size_t dictsize = dict_size(d);
    if ((so->fill + dictsize) * 5 >= mask_of(so) * 3) table_resize(so, (so->used + dictsize) * 2);
    std::vector<std::pair<Value, int64_t>> keys;
    for (auto& e : d->entries) {
      if (e.key) keys.emplace_back(e.key, e.hash);
    }
    for (auto& [k, h] : keys) add_entry(so, k.get(), h);
    return;
  }
  Value it = get_iter(other);
  while (Value key = iter_next(it.get())) set_add(so, key.get());
}

// ---------------------------------------------------------------------------------------------
// 2. Algorithms
// ---------------------------------------------------------------------------------------------

namespace {

// make_new_set_basetype: set subclasses produce plain sets, frozenset subclasses frozensets.
Type* basetype(Set* s) {
  return is_instance(s, frozenset_type) ? frozenset_type : set_type;
}

Ref<Set> set_copy(Set* so) {
  Ref<Set> r = make<Set>(basetype(so));
  merge(r.get(), so);
  return r;
}

Ref<Set> make_set_from(Type* t, Object* iterable) {
  Ref<Set> r = make<Set>(t);
  if (iterable) set_update(r.get(), iterable);
  return r;
}

// CPython: set_intersection.
Ref<Set> intersection(Set* so, Object* other) {
  if (so == other) return set_copy(so);
  Ref<Set> result = make<Set>(basetype(so));
  if (is_anyset(other)) {
    Set* a = so;
    Set* b = as_set(other);
    if (b->used > a->used) std::swap(a, b);
    for (auto& [key, h] : entries_of(b)) {
      if (contains_entry(a, key.get(), h)) add_entry(result.get(), key.get(), h);
    }
    return result;
  }
  Value it = get_iter(other);
  while (Value key = iter_next(it.get())) {
    int64_t h = hash(key.get());
    if (contains_entry(so, key.get(), h)) add_entry(result.get(), key.get(), h);
  }
  return result;
}

// CPython: set_difference_update_internal.
void difference_update(Set* so, Object* other) {
  if (so == other) return clear_table(so);
  if (is_anyset(other)) {
    for (auto& [key, h] : entries_of(as_set(other))) discard_entry(so, key.get(), h);
  } else {
    Value it = get_iter(other);
    while (Value key = iter_next(it.get())) set_discard(so, key.get());
  }
  if (so->fill - so->used <= mask_of(so) / 4) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// CPython: set_difference.
Ref<Set> difference(Set* so, Object* other) {
  size_t other_size;
  if (is_anyset(other)) {
    other_size = as_set(other)->used;
  } else if (is_exactly(other, dict_type)) {
    other_size = dict_size(static_cast<Dict*>(other));
  } else {
    Ref<Set> r = set_copy(so);
    difference_update(r.get(), other);
    return r;
  }
  if ((so->used >> 2) > other_size) {
    Ref<Set> r = set_copy(so);
    difference_update(r.get(), other);
    return r;
  }
  Ref<Set> result = make<Set>(basetype(so));
  if (is_exactly(other, dict_type)) {
    auto* d = static_cast<Dict*>(other);
    for (auto& [key, h] : entries_of(so)) {
      if (!dict_get_hashed(d, key.get(), h)) add_entry(result.get(), key.get(), h);
    }
    return result;
  }
  for (auto& [key, h] : entries_of(so)) {
    if (!contains_entry(as_set(other), key.get(), h)) add_entry(result.get(), key.get(), h);
  }
  return result;
}

// CPython: set_symmetric_difference_update.
void symmetric_difference_update(Set* so, Object* other) {
  if (so == other) return clear_table(so);
  if (is_exactly(other, dict_type)) {
    auto* d = static_cast<Dict*>(other);
    std::vector<std::pair<Value, int64_t>> keys;
    for (auto& e : d->entries) {
      if (e.key) keys.emplace_back(e.key, e.hash);
    }
    for (auto& [key, h] : keys) {
      if (!discard_entry(so, key.get(), h)) add_entry(so, key.get(), h);
    }
    return;
  }
  Ref<Set> otherset =
      is_anyset(other) ? Ref<Set>(as_set(other)) : make_set_from(basetype(so), other);
  for (auto& [key, h] : entries_of(otherset.get())) {
    if (!discard_entry(so, key.get(), h)) add_entry(so, key.get(), h);
  }
}

Ref<Set> symmetric_difference(Set* so, Object* other) {
  Ref<Set> otherset = make_set_from(basetype(so), other);
  symmetric_difference_update(otherset.get(), so);
  return otherset;
}

bool issubset(Set* so, Set* other) {
  if (so->used > other->used) return false;
  for (auto& [key, h] : entries_of(so)) {
    if (!contains_entry(other, key.get(), h)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// 3. Slots
// ---------------------------------------------------------------------------------------------

Value set_repr(Object* self) {
  Set* s = as_set(self);
  std::string name = self->type->name;
  if (s->used == 0) return str_from(name + "()");
  ReprGuard guard(self);
  if (!guard.active()) return str_from(name + "(...)");
  std::string body = "{";
  bool first = true;
  for (auto& [key, h] : entries_of(s)) {
    if (!first) body += ", ";
    first = false;
    body += repr(key.get())->s;
  }
  body += "}";
  if (is_exactly(self, set_type)) return str_from(body);
  return str_from(name + "(" + body + ")");
}

int64_t set_len(Object* self) {
  return int64_t(as_set(self)->used);
}

int set_contains_slot(Object* self, Object* key) {
  return set_contains(as_set(self), key);
}

// CPython: frozenset_hash.
uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

int64_t frozenset_hash(Object* self) {
  Set* so = as_set(self);
  if (so->hash_cache != -1) return so->hash_cache;
  uint64_t h = 0;
  for (auto& e : so->table) h ^= shuffle_bits(uint64_t(e.hash));
  if ((so->table.size() - so->fill) & 1) h ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) h ^= shuffle_bits(uint64_t(-1));
  h ^= (uint64_t(so->used) + 1) * 1927868237UL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923UL;
  if (h == uint64_t(-1)) h = 590923713UL;
  so->hash_cache = int64_t(h);
  return so->hash_cache;
}

Value set_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_anyset(b)) return Value(NotImplemented);
  Set* x = as_set(a);
  Set* y = as_set(b);
  switch (op) {
    case CmpOp::Eq:
      if (x->used != y->used) return bool_obj(false);
      if (x->hash_cache != -1 && y->hash_cache != -1 && x->hash_cache != y->hash_cache)
        return bool_obj(false);
      return bool_obj(issubset(x, y));
    case CmpOp::Ne: {
      if (x->used != y->used) return bool_obj(true);
      return bool_obj(!issubset(x, y));
    }
    case CmpOp::Le:
      return bool_obj(issubset(x, y));
    case CmpOp::Ge:
      return bool_obj(issubset(y, x));
    case CmpOp::Lt:
      return bool_obj(x->used < y->used && issubset(x, y));
    default:
      return bool_obj(x->used > y->used && issubset(y, x));
  }
}

Value set_or(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value(NotImplemented);
  Ref<Set> r = set_copy(as_set(a));
  if (a != b) set_update(r.get(), b);
  return r;
}

Value set_and(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value(NotImplemented);
  return intersection(as_set(a), b);
}

Value set_sub(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value(NotImplemented);
  return difference(as_set(a), b);
}

Value set_xor(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value(NotImplemented);
  return symmetric_difference(as_set(a), b);
}

Value set_ior(Object* a, Object* b) {
  if (!is_anyset(b)) return Value(NotImplemented);
  set_update(as_set(a), b);
  return Value(a);
}

void swap_bodies(Set* a, Set* b) {
  std::swap(a->table, b->table);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  a->hash_cache = b->hash_cache = -1;
}

Value set_iand(Object* a, Object* b) {
  if (!is_anyset(b)) return Value(NotImplemented);
  Ref<Set> tmp = intersection(as_set(a), b);
  swap_bodies(as_set(a), tmp.get());
  return Value(a);
}

Value set_isub(Object* a, Object* b) {
  if (!is_anyset(b)) return Value(NotImplemented);
  difference_update(as_set(a), b);
  return Value(a);
}

Value set_ixor(Object* a, Object* b) {
  if (!is_anyset(b)) return Value(NotImplemented);
  symmetric_difference_update(as_set(a), b);
  return Value(a);
}

Value set_new_slot(Type* t, Args a) {
  if (t == set_type) no_kwargs(a, "set");
  return set_new_of_type(t);
}

void set_init(Object* self, Args a) {
  if (self->type == set_type) no_kwargs(a, "set");
  check_positional(a, "set", 0, 1);
  Set* s = as_set(self);
  if (s->used) clear_table(s);
  if (a.npos) set_update(s, a[0]);
}

Value frozenset_new_slot(Type* t, Args a) {
  if (t == frozenset_type) no_kwargs(a, "frozenset");
  check_positional(a, "frozenset", 0, 1);
  if (t == frozenset_type && a.npos && is_exactly(a[0], frozenset_type)) return Value(a[0]);
  Ref<Set> s = set_new_of_type(t);
  if (a.npos) set_update(s.get(), a[0]);
  return s;
}

// ---------------------------------------------------------------------------------------------
// 4. Methods
// ---------------------------------------------------------------------------------------------

Value m_add(Object* self, Args a) {
  check_one_arg(a, "set.add");
  set_add(as_set(self), a[0]);
  return none();
}

Value m_remove(Object* self, Args a) {
  check_one_arg(a, "set.remove");
  if (!set_discard(as_set(self), a[0])) raise_key_error(a[0]);
  return none();
}

Value m_discard(Object* self, Args a) {
  check_one_arg(a, "set.discard");
  set_discard(as_set(self), a[0]);
  return none();
}

Value m_pop(Object* self, Args a) {
  check_no_args(a, "set.pop");
  Set* so = as_set(self);
  if (so->used == 0) raise(exc::KeyError, "pop from an empty set");
  size_t mask = mask_of(so);
  size_t i = so->finger & mask;
  while (!set_entry_live(so->table[i])) {
    ++i;
    if (i > mask) i = 0;
  }
  Value key = Value::steal(so->table[i].key);
  so->table[i].key = dummy_key();
  so->table[i].hash = -1;
  --so->used;
  so->finger = i + 1;
  return key;
}

Value m_clear(Object* self, Args a) {
  check_no_args(a, "set.clear");
  clear_table(as_set(self));
  return none();
}

Value m_copy(Object* self, Args a) {
  check_no_args(a, "copy");
  if (is_exactly(self, frozenset_type)) return Value(self);
  return set_copy(as_set(self));
}

Value m_update(Object* self, Args a) {
  no_kwargs(a, "set.update");
  for (size_t i = 0; i < a.npos; ++i) set_update(as_set(self), a[i]);
  return none();
}

Value m_union(Object* self, Args a) {
  no_kwargs(a, "union");
  Ref<Set> r = set_copy(as_set(self));
  for (size_t i = 0; i < a.npos; ++i) {
    if (a[i] != self) set_update(r.get(), a[i]);
  }
  return r;
}

Value m_intersection(Object* self, Args a) {
  no_kwargs(a, "intersection");
  if (a.npos == 0) return set_copy(as_set(self));
  Ref<Set> r(as_set(self));
  for (size_t i = 0; i < a.npos; ++i) r = intersection(r.get(), a[i]);
  return r;
}

Value m_intersection_update(Object* self, Args a) {
  no_kwargs(a, "intersection_update");
  Value r = m_intersection(self, a);
  swap_bodies(as_set(self), as_set(r.get()));
  return none();
}

Value m_difference(Object* self, Args a) {
  no_kwargs(a, "difference");
  if (a.npos == 0) return set_copy(as_set(self));
  Ref<Set> r = difference(as_set(self), a[0]);
  for (size_t i = 1; i < a.npos; ++i) difference_update(r.get(), a[i]);
  return r;
}

Value m_difference_update(Object* self, Args a) {
  no_kwargs(a, "difference_update");
  for (size_t i = 0; i < a.npos; ++i) difference_update(as_set(self), a[i]);
  return none();
}

Value m_symmetric_difference(Object* self, Args a) {
  check_one_arg(a, "symmetric_difference");
  return symmetric_difference(as_set(self), a[0]);
}

Value m_symmetric_difference_update(Object* self, Args a) {
  check_one_arg(a, "symmetric_difference_update");
  symmetric_difference_update(as_set(self), a[0]);
  return none();
}

Ref<Set> as_set_arg(Object* o) {
  if (is_anyset(o)) return Ref<Set>(as_set(o));
  return make_set_from(set_type, o);
}

Value m_issubset(Object* self, Args a) {
  check_one_arg(a, "issubset");
  return bool_obj(issubset(as_set(self), as_set_arg(a[0]).get()));
}

Value m_issuperset(Object* self, Args a) {
  check_one_arg(a, "issuperset");
  if (is_anyset(a[0])) return bool_obj(issubset(as_set(a[0]), as_set(self)));
  bool all = true;
  for_each(a[0], [&](Object* k) {
    if (all && !set_contains(as_set(self), k)) all = false;
  });
  return bool_obj(all);
}

Value m_isdisjoint(Object* self, Args a) {
  check_one_arg(a, "isdisjoint");
  Set* so = as_set(self);
  if (is_anyset(a[0])) {
    Set* a1 = so;
    Set* b1 = as_set(a[0]);
    if (a1->used > b1->used) std::swap(a1, b1);
    for (auto& [key, h] : entries_of(a1)) {
      if (contains_entry(b1, key.get(), h)) return bool_obj(false);
    }
    return bool_obj(true);
  }
  bool disjoint = true;
  for_each(a[0], [&](Object* k) {
    if (disjoint && set_contains(so, k)) disjoint = false;
  });
  return bool_obj(disjoint);
}

// ---------------------------------------------------------------------------------------------
// 5. Iterator
// ---------------------------------------------------------------------------------------------

struct SetIter : Object {
  Ref<Set> set;
  size_t pos = 0;
  size_t used_at_start;
  SetIter(Type* t, Set* s) : Object(t), set(s), used_at_start(s->used) {}
};

Type* set_iterator_type;

Value set_iter(Object* self) {
  return make<SetIter>(set_iterator_type, as_set(self));
}

Value set_iter_next(Object* self) {
  auto* it = static_cast<SetIter*>(self);
  Set* s = it->set.get();
  if (!s) return nullptr;
  if (s->used != it->used_at_start) {
    it->used_at_start = size_t(-1);
    raise(exc::RuntimeError, "Set changed size during iteration");
  }
  while (it->pos < s->table.size()) {
    SetEntry& e = s->table[it->pos++];
    if (set_entry_live(e)) return Value(e.key);
  }
  it->set = nullptr;
  return nullptr;
}

Value set_iter_length_hint(Object* self, Args) {
  auto* it = static_cast<SetIter*>(self);
  if (!it->set || it->set->used != it->used_at_start) return int_from(int64_t(0));
  int64_t n = 0;
  for (size_t i = it->pos; i < it->set->table.size(); ++i) n += set_entry_live(it->set->table[i]);
  return int_from(n);
}

Value iter_self(Object* self) {
  return Value(self);
}

void add_common(Type* t) {
  add_method(t, "copy", m_copy);
  add_method(t, "union", m_union);
  add_method(t, "intersection", m_intersection);
  add_method(t, "difference", m_difference);
  add_method(t, "symmetric_difference", m_symmetric_difference);
  add_method(t, "issubset", m_issubset);
  add_method(t, "issuperset", m_issuperset);
  add_method(t, "isdisjoint", m_isdisjoint);
}

}  // namespace

void init_set_type() {
  for (Type* t : {set_type, frozenset_type}) {
    t->repr = set_repr;
    t->richcompare = set_richcompare;
    t->length = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
    t->binop[int(BinOp::Or)] = set_or;
    t->binop[int(BinOp::And)] = set_and;
    t->binop[int(BinOp::Sub)] = set_sub;
    t->binop[int(BinOp::Xor)] = set_xor;
    t->dict_offset = with_dict_offset<Set>();
  }
  set_type->new_instance = set_new_slot;
  set_type->init = set_init;
  set_type->inplace[int(BinOp::Or)] = set_ior;
  set_type->inplace[int(BinOp::And)] = set_iand;
  set_type->inplace[int(BinOp::Sub)] = set_isub;
  set_type->inplace[int(BinOp::Xor)] = set_ixor;
  frozenset_type->new_instance = frozenset_new_slot;
  frozenset_type->hash = frozenset_hash;
  set_type->ready();
  frozenset_type->ready();
  add_common(set_type);
  add_common(frozenset_type);
  add_method(set_type, "add", m_add);
  add_method(set_type, "remove", m_remove);
  add_method(set_type, "discard", m_discard);
  add_method(set_type, "pop", m_pop);
  add_method(set_type, "clear", m_clear);
  add_method(set_type, "update", m_update);
  add_method(set_type, "intersection_update", m_intersection_update);
  add_method(set_type, "difference_update", m_difference_update);
  add_method(set_type, "symmetric_difference_update", m_symmetric_difference_update);

  set_iterator_type = new_builtin_type("set_iterator", object_type);
  set_iterator_type->iter = iter_self;
  set_iterator_type->next = set_iter_next;
  set_iterator_type->allows_subclass = false;
  set_iterator_type->ready();
  add_method(set_iterator_type, "__length_hint__", set_iter_length_hint);
}

}  // namespace al
