// asyncio.Condition through the engine against CPython 3.11 (cases_condition.inc: expected outputs
// from the oracle, gen_prims_cases.py), then awaitlab's own deadlock explanations and trace
// records.
#include <catch2/catch.hpp>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kCases[] = {
#include "tests/engine/asyncio/cases_condition.inc"
};

}  // namespace

TEST_CASE("Condition behaves as in CPython 3.11", "[condition]") {
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}

TEST_CASE("Condition deadlock explanation and trace records", "[condition][deadlock][trace]") {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def waiter(cond):
    async with cond:
        await cond.wait()

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    u = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.gather(t, u)

asyncio.run(main())
)",
                                      &rec);
  CHECK(r.status == 3);
  CHECK(r.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on gather() at line 14: it finishes only when Task-3 (waiter) is "
        "done\n"
        "  Task-3 (waiter) waits on Condition.wait() at line 5: no task can notify this condition "
        "any more\n");
  // The default lock's operations are the Condition's; the last three records are asyncio.run's
  // clean-up cancelling Task-3, which re-acquires the lock before it leaves wait().
  CHECK(al::test::primitive_ops_text(rec) ==
        "Condition cond acquire: value=1 owner=2 waiters=[]\n"
        "Condition cond release: value=0 waiters=[]\n"
        "Condition cond wait (waits): value=0 waiters=[2]\n"
        "Condition cond acquire: value=1 owner=3 waiters=[2]\n"
        "Condition cond release: value=0 waiters=[2]\n"
        "Condition cond wait (waits): value=0 waiters=[2, 3]\n"
        "Condition cond acquire: value=1 owner=1 waiters=[2, 3]\n"
        "Condition cond notify: value=1 owner=1 waiters=[3]\n"
        "Condition cond release: value=0 waiters=[3]\n"
        "Condition cond acquire: value=1 owner=2 waiters=[3]\n"
        "Condition cond wait (woken): value=1 owner=2 waiters=[3]\n"
        "Condition cond release: value=0 waiters=[3]\n"
        "Condition cond acquire: value=1 owner=3 waiters=[]\n"
        "Condition cond wait interrupted: value=1 owner=3 waiters=[]\n"
        "Condition cond release: value=0 waiters=[]\n");
}
