// tuple: immutable sequence; items are stored inline after the object (CPython:
// Objects/tupleobject.c).
#pragma once

#include <span>

#include "engine/runtime/object.h"

namespace al {

struct Tuple : Object {
  size_t size;
  Object** items;  // owned references, stored right after the object

  Tuple(Type* t, size_t n, Object** storage);
  ~Tuple() override;
  // The block (object plus items) comes from small_alloc; only the destructor knows its size.
  static void operator delete(void* p);

  Object* operator[](size_t i) const { return items[i]; }
  std::span<Object* const> span() const { return {items, size}; }
  // Replaces item i (used while building a fresh tuple); takes a new reference.
  void set(size_t i, Object* v);
};

// A tuple of n None-filled slots to be filled with set() (the caller owns the only reference).
Ref<Tuple> tuple_new(size_t n);
Ref<Tuple> tuple_new_of_type(Type* t, size_t n);
Ref<Tuple> tuple_from(std::span<Object* const> items);
Ref<Tuple> tuple_from(std::initializer_list<Object*> items);
Ref<Tuple> tuple_from_values(std::span<const Value> items);
// tuple(iterable).
Ref<Tuple> tuple_from_iterable(Object* iterable);
Tuple* empty_tuple();
// Lexicographic comparison of two item arrays, shared by tuple and list (CPython:
// tuplerichcompare / list_richcompare).
Value sequence_richcompare(Object* const* a, size_t na, Object* const* b, size_t nb, CmpOp op);

void init_tuple_type();

}  // namespace al
