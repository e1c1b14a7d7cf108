// heapq's push and pop on a vector of Python objects, compared with `<` exactly as CPython's C
// heapq does (CPython: Modules/_heapqmodule.c siftdown, siftup, heappush, heappop). The order
// among equal items — and what the list looks like when a comparison raises — follows from
// doing the same comparisons and swaps in the same sequence. engine/loop/timer_heap.h is the
// same algorithm on plain double deadlines.
#pragma once

#include <vector>

#include "engine/runtime/object.h"

namespace al {

// CPython: heapq.heappush. The item stays appended if a comparison raises.
void py_heappush(std::vector<Value>& heap, Value item);
// CPython: heapq.heappop; the heap must not be empty. When a comparison raises, the popped item
// is lost and the heap holds what the partial sift left, as in CPython.
Value py_heappop(std::vector<Value>& heap);

}  // namespace al
