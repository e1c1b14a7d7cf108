// dict: insertion-ordered hash table (CPython: Objects/dictobject.c, compact layout).
//
// Entries live in insertion order in `entries`; `index` is an open-addressed table of entry
// positions probed as CPython probes. Deleted entries leave a hole (null key) until the next
// resize compacts them.
#pragma once

#include <vector>

#include "engine/runtime/object.h"

namespace al {

struct DictEntry {
  int64_t hash;
  Value key;  // null: deleted
  Value value;
};

struct Dict : Object {
  std::vector<DictEntry> entries;
  std::vector<int32_t> index;  // -1 empty, -2 deleted, else position in entries
  size_t used = 0;             // live entries
  uint64_t version = 0;        // bumped by every insertion of a new key or deletion
  explicit Dict(Type* t) : Object(t) {}
};

Ref<Dict> dict_new();
// Borrowed value or null. May raise (unhashable key, __eq__ raising).
Object* dict_get(Dict* d, Object* key);
Object* dict_get_hashed(Dict* d, Object* key, int64_t hash);
// Fast path for str keys (attribute names, globals).
Object* dict_get_str(Dict* d, Str* key);
Object* dict_get_cstr(Dict* d, std::string_view key);
void dict_set(Dict* d, Object* key, Object* value);
void dict_set_hashed(Dict* d, Object* key, int64_t hash, Object* value);
void dict_set_str(Dict* d, std::string_view key, Object* value);
bool dict_del(Dict* d, Object* key);  // false when missing
// The item's value after removal, or null when missing.
Value dict_pop(Dict* d, Object* key);
void dict_clear(Dict* d);
Ref<Dict> dict_copy(Dict* d);
// dict.update(other): mappings (dict or keys()/__getitem__) or iterables of pairs.
void dict_update(Dict* d, Object* other);
void dict_merge_kwargs(Dict* d, Args args);  // adds the keyword arguments of a call
size_t dict_size(const Dict* d);

// Iterates live entries in insertion order: for (auto& e : dict_items(d)) skip null keys.
template <class F>
void dict_for_each(Dict* d, F&& f) {
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (d->entries[i].key) f(d->entries[i].key.get(), d->entries[i].value.get());
  }
}

void init_dict_type();

}  // namespace al
