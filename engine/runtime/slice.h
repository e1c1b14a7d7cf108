// slice objects and the index arithmetic of sequence slicing (CPython: Objects/sliceobject.c).
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Slice : Object {
  Value start, stop, step;  // None when omitted
  Slice(Type* t) : Object(t) {}
};

Value slice_new(Object* start, Object* stop, Object* step);
// PySlice_Unpack + PySlice_AdjustIndices: clamps to a sequence of `length`; returns the count.
int64_t slice_indices(Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step);

void init_slice_type();

}  // namespace al
