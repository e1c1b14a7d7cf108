// heapq on Python objects (CPython: Modules/_heapqmodule.c).
#include "engine/asyncio/py_heap.h"

#include <utility>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"

namespace al {

namespace {

// CPython: _heapqmodule.c siftdown: moves the item at pos up towards startpos while it is
// smaller than its parent, swapping at each step.
void siftdown(std::vector<Value>& heap, size_t startpos, size_t pos) {
  const size_t size = heap.size();
  while (pos > startpos) {
    const size_t parentpos = (pos - 1) >> 1;
    Value newitem = heap[pos];
    Value parent = heap[parentpos];
    const bool lt = compare_bool(newitem.get(), parent.get(), CmpOp::Lt);
    if (size != heap.size()) raise(exc::RuntimeError, "list changed size during iteration");
    if (!lt) break;
    std::swap(heap[parentpos], heap[pos]);
    pos = parentpos;
  }
}

// CPython: _heapqmodule.c siftup: bubbles the smaller child up until a leaf, then siftdown.
void siftup(std::vector<Value>& heap, size_t pos) {
  const size_t endpos = heap.size();
  const size_t startpos = pos;
  const size_t limit = endpos >> 1;
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      Value a = heap[childpos];
      Value b = heap[childpos + 1];
      const bool lt = compare_bool(a.get(), b.get(), CmpOp::Lt);
      if (!lt) ++childpos;
      if (endpos != heap.size()) raise(exc::RuntimeError, "list changed size during iteration");
    }
    std::swap(heap[childpos], heap[pos]);
    pos = childpos;
  }
  siftdown(heap, startpos, pos);
}

}  // namespace

void py_heappush(std::vector<Value>& heap, Value item) {
  heap.push_back(std::move(item));
  siftdown(heap, 0, heap.size() - 1);
}

Value py_heappop(std::vector<Value>& heap) {
  Value lastelt = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return lastelt;
  Value returnitem = std::move(heap[0]);
  heap[0] = std::move(lastelt);
  siftup(heap, 0);
  return returnitem;
}

}  // namespace al
