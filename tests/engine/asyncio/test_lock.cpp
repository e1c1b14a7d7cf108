// asyncio.Lock through the engine: waiter order, no hand-off, cancellation paths and errors
// against CPython 3.11 (cases_lock.inc: expected outputs from the oracle, gen_prims_cases.py),
// then the deadlock explanations and the trace records, which are awaitlab's own.
#include <catch2/catch.hpp>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kCases[] = {
#include "tests/engine/asyncio/cases_lock.inc"
};

}  // namespace

TEST_CASE("Lock behaves as in CPython 3.11", "[lock]") {
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}

TEST_CASE("Lock deadlock explanations name the holder and what it waits on", "[lock][deadlock]") {
  const auto r = al::test::run_script(R"(import asyncio

async def worker(first, second):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            pass

async def main():
    a = asyncio.Lock()
    b = asyncio.Lock()
    await asyncio.gather(worker(a, b), worker(b, a))

asyncio.run(main())
)");
  CHECK(r.status == 3);
  CHECK(r.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on gather() at line 12: it finishes only when Task-2 (worker) and "
        "Task-3 (worker) are done\n"
        "  Task-2 (worker) waits on Lock.acquire() at line 6: the lock is held by Task-3 (worker), "
        "which waits on Lock.acquire()\n"
        "  Task-3 (worker) waits on Lock.acquire() at line 6: the lock is held by Task-2 (worker), "
        "which waits on Lock.acquire()\n");

  const auto twice = al::test::run_script(R"(import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    await lock.acquire()

asyncio.run(main())
)");
  CHECK(twice.status == 3);
  CHECK(twice.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on Lock.acquire() at line 6: this task already holds the lock (an "
        "asyncio.Lock is not reentrant)\n");

  const auto gone = al::test::run_script(R"(import asyncio

async def forgetful(lock):
    await lock.acquire()

async def main():
    lock = asyncio.Lock()
    await asyncio.create_task(forgetful(lock), name="forgetful")
    async with lock:
        pass

asyncio.run(main())
)");
  CHECK(gone.status == 3);
  CHECK(gone.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on Lock.acquire() at line 9: the lock is held by forgetful "
        "(forgetful), which finished without releasing it\n");
}

TEST_CASE("Lock operations are recorded with owner and waiters", "[lock][trace]") {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def worker(lock):
    async with lock:
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock), worker(lock), worker(lock))

asyncio.run(main())
)",
                                      &rec);
  REQUIRE(r.status == 0);
  CHECK(al::test::primitive_ops_text(rec) ==
        "Lock lock acquire: value=1 owner=2 waiters=[]\n"
        "Lock lock acquire (waits): value=1 owner=2 waiters=[3]\n"
        "Lock lock acquire (waits): value=1 owner=2 waiters=[3, 4]\n"
        "Lock lock release: value=0 waiters=[4]\n"
        "Lock lock acquire: value=1 owner=3 waiters=[4]\n"
        "Lock lock release: value=0 waiters=[]\n"
        "Lock lock acquire: value=1 owner=4 waiters=[]\n"
        "Lock lock release: value=0 waiters=[]\n");
}
