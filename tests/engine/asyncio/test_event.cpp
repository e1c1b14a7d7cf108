// asyncio.Event through the engine against CPython 3.11 (cases_event.inc: expected outputs from
// the oracle, gen_prims_cases.py), then awaitlab's own deadlock explanations and trace records.
#include <catch2/catch.hpp>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kCases[] = {
#include "tests/engine/asyncio/cases_event.inc"
};

}  // namespace

TEST_CASE("Event behaves as in CPython 3.11", "[event]") {
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}

TEST_CASE("Event deadlock explanation and trace records", "[event][deadlock][trace]") {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def waiter(ev):
    await ev.wait()

async def main():
    ev = asyncio.Event()
    done = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    await done.wait()

asyncio.run(main())
)",
                                      &rec);
  CHECK(r.status == 3);
  CHECK(r.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on Event.wait() at line 14: no task can set this event any more\n");
  // The last record is asyncio.run's clean-up cancelling main after the deadlock.
  CHECK(al::test::primitive_ops_text(rec) ==
        "Event ev wait (waits): value=0 waiters=[2]\n"
        "Event ev set: value=1 waiters=[]\n"
        "Event ev clear: value=0 waiters=[]\n"
        "Event done wait (waits): value=0 waiters=[1]\n"
        "Event done wait cancelled: value=0 waiters=[]\n");
}
