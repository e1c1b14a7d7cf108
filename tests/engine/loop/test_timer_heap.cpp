// The timer heap must pop equal deadlines in heapq's order, not FIFO (DESIGN.md §2).
#include <catch2/catch.hpp>

#include <vector>

#include "engine/loop/timer_heap.h"

namespace {
struct Timer {
  double at;
  int id;
  double when() const { return at; }
};

std::vector<int> drain(al::TimerHeap<Timer>& heap) {
  std::vector<int> order;
  while (!heap.empty()) order.push_back(heap.pop().id);
  return order;
}
}  // namespace

TEST_CASE("twelve equal deadlines pop in heapq order") {
  // Expected from CPython 3.11: twelve call_at(t) then the awaiting sleep's later timer (id 12),
  // exactly the heap asyncio holds in DESIGN.md §2's example; and without that extra timer.
  al::TimerHeap<Timer> heap;
  for (int i = 0; i < 12; ++i) heap.push({1.0, i});
  heap.push({1.04, 12});
  CHECK(drain(heap) == std::vector<int>{0, 2, 6, 5, 11, 10, 9, 8, 7, 1, 3, 4, 12});
  for (int i = 0; i < 12; ++i) heap.push({1.0, i});
  CHECK(drain(heap) == std::vector<int>{0, 2, 6, 11, 10, 9, 8, 5, 7, 4, 1, 3});
}

TEST_CASE("distinct deadlines pop in time order") {
  al::TimerHeap<Timer> heap;
  const double whens[] = {5, 1, 4, 2, 3, 0.5};
  for (int i = 0; i < 6; ++i) heap.push({whens[i], i});
  CHECK(drain(heap) == std::vector<int>{5, 1, 3, 4, 2, 0});
}

TEST_CASE("pushes between pops keep heapq's order") {
  // Expected from python3: h=[]; push (1,i) for i<5; pop x2; push (1,5),(0.5,6),(1,7); pop all.
  al::TimerHeap<Timer> heap;
  for (int i = 0; i < 5; ++i) heap.push({1.0, i});
  std::vector<int> order;
  order.push_back(heap.pop().id);
  order.push_back(heap.pop().id);
  heap.push({1.0, 5});
  heap.push({0.5, 6});
  heap.push({1.0, 7});
  for (int id : drain(heap)) order.push_back(id);
  CHECK(order == std::vector<int>{0, 2, 6, 3, 7, 1, 4, 5});
}

TEST_CASE("assign re-heapifies like heapq.heapify") {
  // Expected from python3: heapify of whens [3,1,1,2,1,3] then pop all ids.
  al::TimerHeap<Timer> heap;
  heap.assign({{3, 0}, {1, 1}, {1, 2}, {2, 3}, {1, 4}, {3, 5}});
  CHECK(drain(heap) == std::vector<int>{2, 4, 1, 3, 0, 5});
}
