// heapq push/pop on Python objects: the list layout after each operation equals CPython's
// heapq (expected lists computed with python3's heapq on the same pushes).
#include <catch2/catch.hpp>

#include <vector>

#include "engine/asyncio/py_heap.h"
#include "engine/runtime/api.h"
#include "engine/runtime/int.h"
#include "engine/runtime/types.h"

namespace {

std::vector<int64_t> as_ints(const std::vector<al::Value>& heap) {
  std::vector<int64_t> out;
  for (const al::Value& v : heap) {
    int64_t x = 0;
    REQUIRE(al::int_as_int64(v.get(), x));
    out.push_back(x);
  }
  return out;
}

}  // namespace

TEST_CASE("py_heappush and py_heappop keep heapq's layout", "[py_heap]") {
  al::runtime_init();
  std::vector<al::Value> heap;
  for (int64_t x : {5, 3, 8, 1, 9, 2, 7, 1, 4, 6, 0, 5}) al::py_heappush(heap, al::int_from(x));
  CHECK(as_ints(heap) == std::vector<int64_t>{0, 1, 2, 3, 1, 5, 7, 5, 4, 9, 6, 8});
  std::vector<int64_t> popped;
  std::vector<int64_t> at_six;
  while (!heap.empty()) {
    int64_t x = 0;
    REQUIRE(al::int_as_int64(al::py_heappop(heap).get(), x));
    popped.push_back(x);
    if (heap.size() == 6) at_six = as_ints(heap);
  }
  CHECK(popped == std::vector<int64_t>{0, 1, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9});
  CHECK(at_six == std::vector<int64_t>{5, 5, 7, 8, 6, 9});
}
