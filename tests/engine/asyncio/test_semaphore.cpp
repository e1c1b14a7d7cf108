// asyncio.Semaphore and BoundedSemaphore through the engine against CPython 3.11
// (cases_semaphore.inc: expected outputs from the oracle, gen_prims_cases.py), then awaitlab's own
// deadlock explanations and trace records.
#include <catch2/catch.hpp>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kCases[] = {
#include "tests/engine/asyncio/cases_semaphore.inc"
};

}  // namespace

TEST_CASE("Semaphore and BoundedSemaphore behave as in CPython 3.11", "[semaphore]") {
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}

TEST_CASE("Semaphore deadlock explanation and trace records", "[semaphore][deadlock][trace]") {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def worker(sem):
    await sem.acquire()

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(*(worker(sem) for _ in range(3)))

asyncio.run(main())
)",
                                      &rec);
  CHECK(r.status == 3);
  CHECK(
      r.deadlock ==
      "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
      "  Task-1 (main) waits on gather() at line 8: it finishes only when Task-4 (worker) is done\n"
      "  Task-4 (worker) waits on Semaphore.acquire() at line 4: its value is 0 and no task can "
      "release it any more\n");
  CHECK(al::test::primitive_ops_text(rec) ==
        "BoundedSemaphore sem acquire: value=1 capacity=2 waiters=[]\n"
        "BoundedSemaphore sem acquire: value=0 capacity=2 waiters=[]\n"
        "BoundedSemaphore sem acquire (waits): value=0 capacity=2 waiters=[4]\n"
        "BoundedSemaphore sem acquire cancelled: value=0 capacity=2 waiters=[]\n");
}
