// list: mutable sequence (CPython: Objects/listobject.c).
#pragma once

#include <vector>

#include "engine/runtime/object.h"

namespace al {

struct List : Object {
  std::vector<Value> items;
  explicit List(Type* t) : Object(t) {}
  ~List() override;
};

// Drops the references in `items` from the last to the first, the order in which CPython's
// list_dealloc, _list_clear and list_ass_slice release items (visible through __del__ and
// "Task exception was never retrieved" reports).
void release_last_to_first(std::vector<Value>& items);

Ref<List> list_new();
Ref<List> list_from(std::span<Object* const> items);
Ref<List> list_from_values(std::vector<Value> items);
// list(iterable) / list.extend semantics.
Ref<List> list_from_iterable(Object* iterable);
void list_append(List* l, Object* v);
void list_extend(List* l, Object* iterable);
// list.sort(key=, reverse=): stable; raises like CPython when items do not compare.
void list_sort(List* l, Object* key, bool reverse);

void init_list_type();

}  // namespace al
