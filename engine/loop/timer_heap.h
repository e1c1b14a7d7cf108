// The timer heap in CPython's exact order. CPython keeps TimerHandles in a plain list managed by
// heapq, compared only by `when`; equal deadlines therefore come out in heapq's sift order, not
// first-in-first-out, and the engine must reproduce that order to print what CPython prints.
// CPython: Modules/_heapqmodule.c (siftdown, siftup, heappush, heappop, heapify).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace al {

// T must expose `double when() const`. Only `<` on `when` is ever used, as in heapq.
template <class T>
class TimerHeap {
 public:
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  const T& top() const { return items_.front(); }
  const std::vector<T>& items() const { return items_; }

  // CPython: heapq.heappush
  void push(T item) {
    items_.push_back(std::move(item));
    sift_down(0, items_.size() - 1);
  }

  // CPython: heapq.heappop
  T pop() {
    T last = std::move(items_.back());
    items_.pop_back();
    if (items_.empty()) return last;
    T result = std::move(items_.front());
    items_.front() = std::move(last);
    sift_up(0);
    return result;
  }

  // Rebuilds the heap from `items` (CPython: heapq.heapify), used by run_once's purge of
  // cancelled timers.
  void assign(std::vector<T> items) {
    items_ = std::move(items);
    for (size_t i = items_.size() / 2; i-- > 0;) sift_up(i);
  }

 private:
  static bool less(const T& a, const T& b) { return a.when() < b.when(); }

  // Moves the item at pos towards the root while it is smaller than its parent.
  void sift_down(size_t start, size_t pos) {
    T item = std::move(items_[pos]);
    while (pos > start) {
      size_t parent = (pos - 1) >> 1;
      if (!less(item, items_[parent])) break;
      items_[pos] = std::move(items_[parent]);
      pos = parent;
    }
    items_[pos] = std::move(item);
  }

  // Bubbles the smaller child up until a leaf, then sifts the item down from there — heapq's
  // variant, which decides the order among equal deadlines.
  void sift_up(size_t pos) {
    const size_t end = items_.size();
    const size_t start = pos;
    T item = std::move(items_[pos]);
    size_t child = 2 * pos + 1;
    while (child < end) {
      size_t right = child + 1;
      if (right < end && !less(items_[child], items_[right])) child = right;
      items_[pos] = std::move(items_[child]);
      pos = child;
      child = 2 * pos + 1;
    }
    items_[pos] = std::move(item);
    sift_down(start, pos);
  }

  std::vector<T> items_;
};

}  // namespace al
