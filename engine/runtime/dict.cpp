// dict: the compact insertion-ordered hash table, its methods, views and iterators
// (CPython: Objects/dictobject.c).
//
// Index
//   1. Table: lookup, insert, delete, resize
//   2. Public C++ API (dict_get, dict_set, ...)
//   3. Slots: repr, compare, len, getitem (__missing__), setitem, contains, |, |=, new/init
//   4. Methods
//   5. Views (dict_keys / dict_values / dict_items) and their set operations
//   6. Iterators
#include "engine/runtime/dict.h"

#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/mappingproxy.h"
#include "engine/runtime/names.h"
#include "engine/runtime/set.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Table
// ---------------------------------------------------------------------------------------------

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr size_t kMinSize = 8;
constexpr int kPerturbShift = 5;

// str keys hash without the slot call: faster, and usable while the str type is being set up.
int64_t key_hash(Object* key) {
  if (is_exactly(key, str_type)) return str_hash(static_cast<Str*>(key));
  return hash(key);
}

bool keys_equal(const DictEntry& e, Object* key, int64_t hash) {
  if (e.key.get() == key) return true;
  if (e.hash != hash) return false;
  Object* k = e.key.get();
  if (is_exactly(k, str_type) && is_exactly(key, str_type)) {
    return static_cast<Str*>(k)->s == static_cast<Str*>(key)->s;
  }
  return eq(k, key);
}

// Returns the position in `entries` or -1; `slot` receives the index slot where the key is or
// where an insertion would go.
int64_t lookup(Dict* d, Object* key, int64_t hash, size_t* slot) {
  if (d->index.empty()) {
    if (slot) *slot = 0;
    return -1;
  }
restart:
  size_t mask = d->index.size() - 1;
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (true) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) {
      if (slot) *slot = i;
      return -1;
    }
    if (ix >= 0) {
      DictEntry& e = d->entries[size_t(ix)];
      if (e.key.get() == key) {
        if (slot) *slot = i;
        return ix;
      }
      if (e.hash == hash) {
        // Exact ints and strs compare without running Python code: no need to guard the dict.
        Object* k = e.key.get();
        if (k->type == key->type && (k->type == int_type || k->type == str_type)) {
          bool same;
          if (k->type == str_type) {
            same = static_cast<Str*>(k)->s == static_cast<Str*>(key)->s;
          } else {
            auto* a = static_cast<Int*>(k);
            auto* b = static_cast<Int*>(key);
            same = a->is_big() || b->is_big() ? eq(k, key) : a->small == b->small;
          }
          if (same) {
            if (slot) *slot = i;
            return ix;
          }
          perturb >>= kPerturbShift;
          i = (i * 5 + perturb + 1) & mask;
          continue;
        }
        uint64_t version = d->version;
        size_t nentries = d->entries.size();
        Value hold = e.key;  // the comparison may run Python code that mutates the dict
        bool same = keys_equal(e, key, hash);
        if (d->version != version || d->entries.size() != nentries ||
            d->entries[size_t(ix)].key.get() != hold.get()) {
          goto restart;
        }
        if (same) {
          if (slot) *slot = i;
          return ix;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void rebuild_index(Dict* d, size_t size) {
  // Compacts the entries (dropping deleted holes) and re-inserts their positions.
  if (d->used != d->entries.size()) {
    std::vector<DictEntry> live;
    live.reserve(d->used);
    for (auto& e : d->entries) {
      if (e.key) live.push_back(std::move(e));
    }
    d->entries = std::move(live);
  }
  d->index.assign(size, kEmpty);
  size_t mask = size - 1;
  for (size_t ix = 0; ix < d->entries.size(); ++ix) {
    auto perturb = static_cast<uint64_t>(d->entries[ix].hash);
    size_t i = static_cast<size_t>(d->entries[ix].hash) & mask;
    while (d->index[i] != kEmpty) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = int32_t(ix);
  }
}

void grow_if_needed(Dict* d) {
  size_t size = d->index.size();
  // Usable fraction 2/3 of the index (CPython: USABLE_FRACTION), counting deleted holes.
  if (size == 0 || (d->entries.size() + 1) * 3 > size * 2) {
    size_t want = kMinSize;
    while (want * 2 < (d->used + 1) * 3) want <<= 1;
    check_alloc(want, sizeof(int32_t) + sizeof(DictEntry));
    rebuild_index(d, want);
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 2. Public C++ API
// ---------------------------------------------------------------------------------------------

Ref<Dict> dict_new() {
  return make<Dict>(dict_type);
}

Object* dict_get_hashed(Dict* d, Object* key, int64_t hash) {
  int64_t ix = lookup(d, key, hash, nullptr);
  return ix < 0 ? nullptr : d->entries[size_t(ix)].value.get();
}

Object* dict_get(Dict* d, Object* key) {
  if (d->used == 0) {
    key_hash(key);  // still raises for unhashable keys
    return nullptr;
  }
  return dict_get_hashed(d, key, key_hash(key));
}

Object* dict_get_str(Dict* d, Str* key) {
  if (d->used == 0) return nullptr;
  return dict_get_hashed(d, key, str_hash(key));
}

Object* dict_get_cstr(Dict* d, std::string_view key) {
  return dict_get_str(d, intern(key));
}

void dict_set_hashed(Dict* d, Object* key, int64_t hash, Object* value) {
  size_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix >= 0) {
    d->entries[size_t(ix)].value = Value(value);
    return;
  }
  if (d->index.empty() || (d->entries.size() + 1) * 3 > d->index.size() * 2) {
    grow_if_needed(d);
    lookup(d, key, hash, &slot);
  }
  d->index[slot] = int32_t(d->entries.size());
  d->entries.push_back(DictEntry{hash, Value(key), Value(value)});
  ++d->used;
  ++d->version;
}

void dict_set(Dict* d, Object* key, Object* value) {
  dict_set_hashed(d, key, key_hash(key), value);
}

void dict_set_str(Dict* d, std::string_view key, Object* value) {
  dict_set(d, intern(key), value);
}

Value dict_pop(Dict* d, Object* key) {
  int64_t h = key_hash(key);
  if (d->used == 0) return nullptr;
  size_t slot;
  int64_t ix = lookup(d, key, h, &slot);
  if (ix < 0) return nullptr;
  DictEntry& e = d->entries[size_t(ix)];
  Value v = std::move(e.value);
  Value k = std::move(e.key);
  d->index[slot] = kDummy;
  --d->used;
  ++d->version;
  if (d->used == 0) {
    d->entries.clear();
    d->index.clear();
  }
  return v;
}

bool dict_del(Dict* d, Object* key) {
  return bool(dict_pop(d, key));
}

void dict_clear(Dict* d) {
  std::vector<DictEntry> old = std::move(d->entries);
  d->entries.clear();
  d->index.clear();
  d->used = 0;
  ++d->version;
}

size_t dict_size(const Dict* d) {
  return d->used;
}

Ref<Dict> dict_copy(Dict* d) {
  Ref<Dict> r = dict_new();
  r->entries.reserve(d->used);
  for (auto& e : d->entries) {
    if (e.key) r->entries.push_back(DictEntry{e.hash, e.key, e.value});
  }
  r->used = r->entries.size();
  size_t size = kMinSize;
  while (size * 2 < (r->used + 1) * 3) size <<= 1;
  rebuild_index(r.get(), size);
  return r;
}

namespace {

void update_from_pairs(Dict* d, Object* seq) {
  Value it = get_iter(seq);
  size_t i = 0;
  while (Value item = iter_next(it.get())) {
    Object* o = item.get();
    Value k, v;
    if (is_exactly(o, tuple_type) && static_cast<Tuple*>(o)->size == 2) {
      k = Value(static_cast<Tuple*>(o)->items[0]);
      v = Value(static_cast<Tuple*>(o)->items[1]);
    } else {
      if (!o->type->iter && !o->type->getitem) {
        raise(exc::TypeError, "cannot convert dictionary update sequence element #" +
                                  std::to_string(i) + " to a sequence");
      }
      Ref<Tuple> t = tuple_from_iterable(o);
      if (t->size != 2) {
        raise(exc::ValueError, "dictionary update sequence element #" + std::to_string(i) +
                                   " has length " + std::to_string(t->size) + "; 2 is required");
      }
      k = Value(t->items[0]);
      v = Value(t->items[1]);
    }
    dict_set(d, k.get(), v.get());
    ++i;
  }
}

}  // namespace

void dict_update(Dict* d, Object* other) {
  if (is_instance(other, dict_type) && other->type->iter == dict_type->iter) {
    auto* o = static_cast<Dict*>(other);
    std::vector<DictEntry> snapshot;
    for (auto& e : o->entries) {
      if (e.key) snapshot.push_back(DictEntry{e.hash, e.key, e.value});
    }
    for (auto& e : snapshot) dict_set_hashed(d, e.key.get(), e.hash, e.value.get());
    return;
  }
  static Str* keys_name = intern("keys");
  if (Value keys = getattr_opt(other, keys_name)) {
    Value ks = call(keys.get(), {});
    Value it = get_iter(ks.get());
    while (Value k = iter_next(it.get())) {
      Value v = getitem(other, k.get());
      dict_set(d, k.get(), v.get());
    }
    return;
  }
  update_from_pairs(d, other);
}

void dict_merge_kwargs(Dict* d, Args args) {
  for (size_t i = 0; i < args.nkw(); ++i) dict_set(d, args.kw_name(i), args.kw_value(i));
}

// ---------------------------------------------------------------------------------------------
// 3. Slots
// ---------------------------------------------------------------------------------------------

namespace {

Dict* as_dict(Object* o) {
  return static_cast<Dict*>(o);
}

Value dict_repr(Object* self) {
  Dict* d = as_dict(self);
  ReprGuard guard(self);
  if (!guard.active()) return str_from("{...}");
  if (d->used == 0) return str_from("{}");
  std::string out = "{";
  bool first = true;
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (!d->entries[i].key) continue;
    Value k = d->entries[i].key;
    Value v = d->entries[i].value;
    if (!first) out += ", ";
    first = false;
    out += repr(k.get())->s;
    out += ": ";
    out += repr(v.get())->s;
  }
  out += "}";
  return str_from(std::move(out));
}

int64_t dict_len(Object* self) {
  return int64_t(as_dict(self)->used);
}

Value dict_subscript(Object* self, Object* key) {
  Dict* d = as_dict(self);
  if (Object* v = dict_get(d, key)) return Value(v);
  if (!is_exactly(self, dict_type)) {
    if (Value missing = lookup_special(self, dunder::missing)) return call(missing.get(), {key});
  }
  raise_key_error(key);
}

void dict_ass_subscript(Object* self, Object* key, Object* value) {
  Dict* d = as_dict(self);
  if (value) {
    dict_set(d, key, value);
  } else if (!dict_del(d, key)) {
    raise_key_error(key);
  }
}

int dict_contains_slot(Object* self, Object* key) {
  return dict_get(as_dict(self), key) != nullptr;
}

bool dict_equal(Dict* a, Dict* b) {
  if (a->used != b->used) return false;
  for (size_t i = 0; i < a->entries.size(); ++i) {
    if (!a->entries[i].key) continue;
    Value k = a->entries[i].key;
    Value v = a->entries[i].value;
    Object* bv = dict_get_hashed(b, k.get(), a->entries[i].hash);
    if (!bv) return false;
    Value hold(bv);
    if (!eq(v.get(), bv)) return false;
  }
  return true;
}

Value dict_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_instance(b, dict_type) || (op != CmpOp::Eq && op != CmpOp::Ne))
    return Value(NotImplemented);
  bool e = dict_equal(as_dict(a), as_dict(b));
  return bool_obj(op == CmpOp::Eq ? e : !e);
}

Value dict_or(Object* a, Object* b) {
  if (!is_instance(a, dict_type) || !is_instance(b, dict_type)) return Value(NotImplemented);
  Ref<Dict> r = dict_copy(as_dict(a));
  if (!is_exactly(a, dict_type)) {
    Value copy = call_method(a, "copy", {});
    dict_update(as_dict(copy.get()), b);
    return copy;
  }
  dict_update(r.get(), b);
  return r;
}

Value dict_ior(Object* a, Object* b) {
  dict_update(as_dict(a), b);
  return Value(a);
}

Value dict_new_slot(Type* t, Args) {
  if (t == dict_type) return dict_new();
  return alloc_instance<Dict>(t);
}

void dict_init(Object* self, Args a) {
  if (a.npos > 1) {
    raise(exc::TypeError, "dict expected at most 1 argument, got " + std::to_string(a.npos));
  }
  if (a.npos == 1) dict_update(as_dict(self), a[0]);
  dict_merge_kwargs(as_dict(self), a);
}

// ---------------------------------------------------------------------------------------------
// 4. Methods
// ---------------------------------------------------------------------------------------------

Value m_get(Object* self, Args a) {
  no_kwargs(a, "get");
  check_positional(a, "get", 1, 2);
  Object* v = dict_get(as_dict(self), a[0]);
  if (v) return Value(v);
  return Value(a.npos > 1 ? a[1] : None);
}

Value m_setdefault(Object* self, Args a) {
  no_kwargs(a, "setdefault");
  check_positional(a, "setdefault", 1, 2);
  Dict* d = as_dict(self);
  if (Object* v = dict_get(d, a[0])) return Value(v);
  Object* dflt = a.npos > 1 ? a[1] : None;
  dict_set(d, a[0], dflt);
  return Value(dflt);
}

Value m_pop(Object* self, Args a) {
  no_kwargs(a, "pop");
  check_positional(a, "pop", 1, 2);
  Value v = dict_pop(as_dict(self), a[0]);
  if (v) return v;
  if (a.npos > 1) return Value(a[1]);
  raise_key_error(a[0]);
}

Value m_popitem(Object* self, Args a) {
  check_no_args(a, "popitem");
  Dict* d = as_dict(self);
  if (d->used == 0) raise(exc::KeyError, "popitem(): dictionary is empty");
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (!d->entries[i].key) continue;
    Value k = d->entries[i].key;
    Value v = dict_pop(d, k.get());
    // Trailing holes are dropped (their index slots are dummies) so repeated popitem is O(1).
    while (!d->entries.empty() && !d->entries.back().key) d->entries.pop_back();
    return tuple_from({k.get(), v.get()});
  }
  raise(exc::KeyError, "popitem(): dictionary is empty");
}

Value m_update(Object* self, Args a) {
  if (a.npos > 1)
    raise(exc::TypeError, "update expected at most 1 argument, got " + std::to_string(a.npos));
  if (a.npos == 1) dict_update(as_dict(self), a[0]);
  dict_merge_kwargs(as_dict(self), a);
  return none();
}

Value m_copy(Object* self, Args a) {
  check_no_args(a, "copy");
  return dict_copy(as_dict(self));
}

Value m_clear(Object* self, Args a) {
  check_no_args(a, "clear");
  dict_clear(as_dict(self));
  return none();
}

Value m_fromkeys(Object* cls, Args a) {
  no_kwargs(a, "fromkeys");
  check_positional(a, "fromkeys", 1, 2);
  Object* value = a.npos > 1 ? a[1] : None;
  Value d = call(cls, {});
  if (is_exactly(d.get(), dict_type)) {
    for_each(a[0], [&](Object* k) { dict_set(as_dict(d.get()), k, value); });
  } else {
    for_each(a[0], [&](Object* k) { setitem(d.get(), k, value); });
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// 5. Views
// ---------------------------------------------------------------------------------------------

enum class ViewKind { Keys, Values, Items };

struct DictView : Object {
  Ref<Dict> dict;
  ViewKind kind;
  DictView(Type* t, Dict* d, ViewKind k) : Object(t), dict(d), kind(k) {}
};

Type* view_type(ViewKind k) {
  return k == ViewKind::Keys     ? dict_keys_type
         : k == ViewKind::Values ? dict_values_type
                                 : dict_items_type;
}

Value make_view(Object* self, ViewKind k) {
  return make<DictView>(view_type(k), as_dict(self), k);
}
Value make_view(Dict* d, ViewKind k) {
  return make<DictView>(view_type(k), d, k);
}

Value m_keys(Object* self, Args a) {
  check_no_args(a, "keys");
  return make_view(self, ViewKind::Keys);
}
Value m_values(Object* self, Args a) {
  check_no_args(a, "values");
  return make_view(self, ViewKind::Values);
}
Value m_items(Object* self, Args a) {
  check_no_args(a, "items");
  return make_view(self, ViewKind::Items);
}

int64_t view_len(Object* self) {
  return int64_t(static_cast<DictView*>(self)->dict->used);
}

Value dict_iter_new(Dict* d, ViewKind k, bool reversed);

Value view_iter(Object* self) {
  auto* v = static_cast<DictView*>(self);
  return dict_iter_new(v->dict.get(), v->kind, false);
}

int view_contains(Object* self, Object* item) {
  auto* v = static_cast<DictView*>(self);
  if (v->kind == ViewKind::Keys) return dict_get(v->dict.get(), item) != nullptr;
  if (v->kind == ViewKind::Items) {
    if (!is_instance(item, tuple_type) || static_cast<Tuple*>(item)->size != 2) return 0;
    auto* t = static_cast<Tuple*>(item);
    Object* found = dict_get(v->dict.get(), t->items[0]);
    if (!found) return 0;
    Value hold(found);
    return eq(found, t->items[1]);
  }
  for (auto& e : v->dict->entries) {
    if (e.key && eq(e.value.get(), item)) return 1;
  }
  return 0;
}

Value view_repr(Object* self) {
  auto* v = static_cast<DictView*>(self);
  ReprGuard guard(self);
  if (!guard.active()) return str_from("...");
  Ref<List> l = list_from_iterable(self);
  return str_from(v->type->name + "(" + repr(l.get())->s + ")");
}

// CPython: dictviews_to_set — a keys view converts straight from its dict.
Ref<Set> view_to_set(Object* o) {
  Ref<Set> s = set_new();
  if (is_exactly(o, dict_keys_type)) {
    set_update(s.get(), static_cast<DictView*>(o)->dict.get());
  } else {
    set_update(s.get(), o);
  }
  return s;
}

bool is_setlike(Object* o) {
  return is_instance(o, set_type) || is_instance(o, frozenset_type) ||
         is_exactly(o, dict_keys_type) || is_exactly(o, dict_items_type);
}

bool is_view(Object* o) {
  return is_exactly(o, dict_keys_type) || is_exactly(o, dict_items_type);
}

Value view_or(Object* a, Object* b) {
  Ref<Set> r = view_to_set(a);
  set_update(r.get(), b);
  return r;
}

Value view_sub(Object* a, Object* b) {
  Ref<Set> r = view_to_set(a);
  call_method(r.get(), "difference_update", {b});
  return r;
}

// CPython: dictitems_xor — pairs present in exactly one of the two item views.
Value items_xor(DictView* x, DictView* y) {
  Ref<Dict> temp = dict_copy(x->dict.get());
  Ref<Set> result = set_new();
  std::vector<DictEntry> other;
  for (auto& e : y->dict->entries) {
    if (e.key) other.push_back(DictEntry{e.hash, e.key, e.value});
  }
  for (auto& e : other) {
    Object* v1 = dict_get_hashed(temp.get(), e.key.get(), e.hash);
    if (v1 && eq(v1, e.value.get())) {
      dict_del(temp.get(), e.key.get());
    } else {
      set_add(result.get(), tuple_from({e.key.get(), e.value.get()}).get());
    }
  }
  Value items = make_view(temp.get(), ViewKind::Items);
  set_update(result.get(), items.get());
  return result;
}

Value view_xor(Object* a, Object* b) {
  if (is_exactly(a, dict_items_type) && is_exactly(b, dict_items_type)) {
    return items_xor(static_cast<DictView*>(a), static_cast<DictView*>(b));
  }
  Ref<Set> r = view_to_set(a);
  call_method(r.get(), "symmetric_difference_update", {b});
  return r;
}

// CPython: _PyDictView_Intersect.
Value view_and(Object* a, Object* b) {
  if (!is_view(a)) std::swap(a, b);
  int64_t len_self = length(a);
  if (is_exactly(b, set_type) && len_self <= length(b)) return call_method(b, "intersection", {a});
  if (is_view(b) && length(b) > len_self) std::swap(a, b);
  Ref<Set> result = set_new();
  Value it = get_iter(b);
  while (Value key = iter_next(it.get())) {
    if (view_contains(a, key.get())) set_add(result.get(), key.get());
  }
  return result;
}

Value view_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_setlike(b) && !is_exactly(b, dict_keys_type)) return Value(NotImplemented);
  Value sa = view_to_set(a);
  Value sb = view_to_set(b);
  return compare(sa.get(), sb.get(), op);
}

Value view_isdisjoint(Object* self, Args a) {
  check_one_arg(a, "isdisjoint");
  bool disjoint = true;
  for_each(a[0], [&](Object* x) {
    if (disjoint && view_contains(self, x)) disjoint = false;
  });
  return bool_obj(disjoint);
}

Value view_reversed(Object* self, Args a) {
  check_no_args(a, "__reversed__");
  auto* v = static_cast<DictView*>(self);
  return dict_iter_new(v->dict.get(), v->kind, true);
}

Value view_mapping(Object* self) {
  return mappingproxy_new(static_cast<DictView*>(self)->dict.get());
}

// ---------------------------------------------------------------------------------------------
// 6. Iterators
// ---------------------------------------------------------------------------------------------

struct DictIter : Object {
  Ref<Dict> dict;
  ViewKind kind;
  bool reversed;
  size_t pos;
  size_t used_at_start;
  size_t remaining;  // items still expected; finding more means keys were replaced
  DictIter(Type* t, Dict* d, ViewKind k, bool r)
      : Object(t),
        dict(d),
        kind(k),
        reversed(r),
        pos(r ? d->entries.size() : 0),
        used_at_start(d->used),
        remaining(d->used) {}
};

Type* dict_iter_types[2][3];

Value dict_iter_new(Dict* d, ViewKind k, bool reversed) {
  return make<DictIter>(dict_iter_types[reversed][int(k)], d, k, reversed);
}

Value dict_iter_next(Object* self) {
  auto* it = static_cast<DictIter*>(self);
  Dict* d = it->dict.get();
  if (!d) return nullptr;
  if (d->used != it->used_at_start) {
    it->used_at_start = size_t(-1);
    raise(exc::RuntimeError, "dictionary changed size during iteration");
  }
  DictEntry* e = nullptr;
  if (it->reversed) {
    while (it->pos > 0) {
      if (it->pos > d->entries.size()) it->pos = d->entries.size();
      DictEntry& c = d->entries[--it->pos];
      if (c.key) {
        e = &c;
        break;
      }
    }
  } else {
    while (it->pos < d->entries.size()) {
      DictEntry& c = d->entries[it->pos++];
      if (c.key) {
        e = &c;
        break;
      }
    }
  }
  if (!e) {
    it->dict = nullptr;
    return nullptr;
  }
  if (it->remaining == 0) {
    it->dict = nullptr;
    raise(exc::RuntimeError, "dictionary keys changed during iteration");
  }
  --it->remaining;
  switch (it->kind) {
    case ViewKind::Keys:
      return e->key;
    case ViewKind::Values:
      return e->value;
    default:
      return tuple_from({e->key.get(), e->value.get()});
  }
}

Value dict_iter_self(Object* self) {
  return Value(self);
}

Value dict_iter_length_hint(Object* self, Args) {
  auto* it = static_cast<DictIter*>(self);
  if (!it->dict || it->dict->used != it->used_at_start) return int_from(int64_t(0));
  size_t n = 0;
  if (it->reversed) {
    for (size_t i = 0; i < it->pos && i < it->dict->entries.size(); ++i)
      n += it->dict->entries[i].key ? 1 : 0;
  } else {
    for (size_t i = it->pos; i < it->dict->entries.size(); ++i)
      n += it->dict->entries[i].key ? 1 : 0;
  }
  return int_from(int64_t(n));
}

Value dict_iter_slot(Object* self) {
  return dict_iter_new(as_dict(self), ViewKind::Keys, false);
}

Value m_reversed(Object* self, Args a) {
  check_no_args(a, "__reversed__");
  return dict_iter_new(as_dict(self), ViewKind::Keys, true);
}

}  // namespace

void init_dict_type() {
  Type* t = dict_type;
  t->new_instance = dict_new_slot;
  t->init = dict_init;
  t->repr = dict_repr;
  t->richcompare = dict_richcompare;
  t->length = dict_len;
  t->getitem = dict_subscript;
  t->setitem = dict_ass_subscript;
  t->contains = dict_contains_slot;
  t->iter = dict_iter_slot;
  t->binop[int(BinOp::Or)] = dict_or;
  t->inplace[int(BinOp::Or)] = dict_ior;
  t->dict_offset = with_dict_offset<Dict>();
  t->ready();
  add_method(t, "get", m_get);
  add_method(t, "setdefault", m_setdefault);
  add_method(t, "pop", m_pop);
  add_method(t, "popitem", m_popitem);
  add_method(t, "update", m_update);
  add_method(t, "copy", m_copy);
  add_method(t, "clear", m_clear);
  add_method(t, "keys", m_keys);
  add_method(t, "values", m_values);
  add_method(t, "items", m_items);
  add_method(t, "__reversed__", m_reversed);
  add_classmethod(t, "fromkeys", m_fromkeys);

  for (Type* vt : {dict_keys_type, dict_values_type, dict_items_type}) {
    vt->length = view_len;
    vt->iter = view_iter;
    vt->contains = view_contains;
    vt->repr = view_repr;
    vt->allows_subclass = false;
    if (vt != dict_values_type) {
      vt->binop[int(BinOp::Sub)] = view_sub;
      vt->binop[int(BinOp::And)] = view_and;
      vt->binop[int(BinOp::Or)] = view_or;
      vt->binop[int(BinOp::Xor)] = view_xor;
      vt->richcompare = view_richcompare;
    }
    vt->ready();
    if (vt != dict_values_type) add_method(vt, "isdisjoint", view_isdisjoint);
    add_method(vt, "__reversed__", view_reversed);
    add_getset(vt, "mapping", view_mapping);
  }

  static const char* names[2][3] = {
      {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"},
      {"dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"}};
  for (int r = 0; r < 2; ++r) {
    for (int k = 0; k < 3; ++k) {
      Type* it = new_builtin_type(names[r][k], object_type);
      it->iter = dict_iter_self;
      it->next = dict_iter_next;
      it->allows_subclass = false;
      it->ready();
      add_method(it, "__length_hint__", dict_iter_length_hint);
      dict_iter_types[r][k] = it;
    }
  }
}

}  // namespace al
