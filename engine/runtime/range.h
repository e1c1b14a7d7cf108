// range and slice objects (CPython: Objects/rangeobject.c, sliceobject.c).
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Range : Object {
  Value start, stop, step, length;  // ints
  Range(Type* t) : Object(t) {}
};

Value range_new(int64_t start, int64_t stop, int64_t step);
// Length as int64 when it fits (ranges beyond that only support len() raising OverflowError).
bool range_small(Range* r, int64_t& start, int64_t& step, int64_t& len);

void init_range_type();

}  // namespace al
