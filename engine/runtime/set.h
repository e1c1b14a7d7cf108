// set and frozenset: CPython's open-addressing table with linear probes and perturbation
// (CPython: Objects/setobject.c), reproduced so that iteration order matches CPython's.
#pragma once

#include <vector>

#include "engine/runtime/object.h"

namespace al {

struct SetEntry {
  Object* key = nullptr;  // owned; null: never used; dummy() marks a deleted slot
  int64_t hash = 0;
};

struct Set : Object {
  std::vector<SetEntry> table;  // size is a power of two (mask + 1)
  size_t fill = 0;              // active + dummy slots
  size_t used = 0;              // active slots
  size_t finger = 0;            // search finger for pop()
  int64_t hash_cache = -1;      // frozenset hash
  explicit Set(Type* t);
  ~Set() override;
};

Ref<Set> set_new();
Ref<Set> frozenset_new();
Ref<Set> set_new_of_type(Type* t);
void set_add(Set* s, Object* key);
bool set_contains(Set* s, Object* key);
bool set_discard(Set* s, Object* key);  // false when missing
void set_update(Set* s, Object* iterable);
size_t set_size(const Set* s);
// True when the slot holds a live key.
bool set_entry_live(const SetEntry& e);

template <class F>
void set_for_each(Set* s, F&& f) {
  for (auto& e : s->table) {
    if (set_entry_live(e)) f(e.key);
  }
}

// The frozenset constant CPython's compiler makes for a set display of 3+ constants
// (`{1, 2, 3}` is BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE): folded from the items, then
// rebuilt from its own iteration order by the constant merger (CPython: Python/compile.c
// merge_consts_recursive). Its table layout decides the display's iteration order.
Ref<Set> frozenset_constant(std::span<Object* const> items);

void init_set_type();

}  // namespace al
