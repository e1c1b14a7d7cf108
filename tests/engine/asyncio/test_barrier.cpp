// asyncio.Barrier through the engine against CPython 3.11 (cases_barrier.inc: expected outputs from
// the oracle, gen_prims_cases.py).
#include <catch2/catch.hpp>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kCases[] = {
#include "tests/engine/asyncio/cases_barrier.inc"
};

}  // namespace

TEST_CASE("Barrier behaves as in CPython 3.11", "[barrier]") {
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}

TEST_CASE("Barrier deadlock explanation and trace records", "[barrier][deadlock][trace]") {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(b.wait(), b.wait())

asyncio.run(main())
)",
                                      &rec);
  CHECK(r.status == 3);
  CHECK(r.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on gather() at line 5: it finishes only when Task-2 and Task-3 are "
        "done\n"
        "  Task-2 waits on Barrier.wait(): 2 of 3 parties are waiting and no other task can arrive "
        "any more\n"
        "  Task-3 waits on Barrier.wait(): 2 of 3 parties are waiting and no other task can arrive "
        "any more\n");
  // The cancellations are asyncio.run's clean-up after the deadlock.
  CHECK(al::test::primitive_ops_text(rec) ==
        "Barrier b wait (waits): value=1 capacity=3 items=[filling] waiters=[2]\n"
        "Barrier b wait (waits): value=2 capacity=3 items=[filling] waiters=[2, 3]\n"
        "Barrier b wait cancelled: value=1 capacity=3 items=[filling] waiters=[]\n"
        "Barrier b wait cancelled: value=0 capacity=3 items=[filling] waiters=[]\n");
}
