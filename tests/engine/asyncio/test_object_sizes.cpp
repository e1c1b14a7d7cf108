// The sizes that make up the memory of a pending task (issue 3: at most half of CPython's
// per-task memory; bench/README.md "Pending task"). A field added to these structs shows up in
// bench/asyncio/pending_memory.py: put rarely used state in FutureExtra instead.
#include <catch2/catch.hpp>

#include "engine/asyncio/future.h"
#include "engine/asyncio/task.h"
#include "engine/vm/generator.h"

TEST_CASE("Pending-task objects keep their compact layouts", "[memory]") {
  static_assert(sizeof(void*) == 8, "the sizes below are for LP64");
  CHECK(sizeof(al::Future) == 56);
  // 80: the small allocator's 16-byte granule would round 72 up to it anyway, so the trace's
  // cached waiter label (park_label) costs no memory.
  CHECK(sizeof(al::WaiterFuture) == 80);
  CHECK(sizeof(al::Task) == 96);
  CHECK(sizeof(al::Generator) == 80);
}

TEST_CASE("A native callback keeps one id for the whole process", "[memory]") {
  static const al::NativeCallback a{[](al::Object*, al::Object*) {}, "a", nullptr};
  static const al::NativeCallback b{[](al::Object*, al::Object*) {}, "b", nullptr};
  const uint16_t ia = al::native_callback_id(&a);
  const uint16_t ib = al::native_callback_id(&b);
  CHECK(ia != 0);
  CHECK(ib != 0);
  CHECK(ia != ib);
  CHECK(al::native_callback_id(&a) == ia);
  CHECK(al::native_callback_at(ia) == &a);
  CHECK(al::native_callback_at(ib) == &b);
}
