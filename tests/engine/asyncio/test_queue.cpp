// asyncio.Queue, PriorityQueue and LifoQueue through the engine against CPython 3.11
// (cases_queue.inc: expected outputs from the oracle, gen_prims_cases.py), then awaitlab's own
// deadlock explanations and trace records.
#include <catch2/catch.hpp>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kCases[] = {
#include "tests/engine/asyncio/cases_queue.inc"
};

}  // namespace

TEST_CASE("Queue, PriorityQueue and LifoQueue behave as in CPython 3.11", "[queue]") {
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}

TEST_CASE("Queue deadlock explanations", "[queue][deadlock]") {
  const auto r = al::test::run_script(R"(import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break

async def producer(q):
    await q.put(1)
    await q.put(2)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q), consumer(q))

asyncio.run(main())
)");
  CHECK(r.status == 3);
  CHECK(r.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on gather() at line 15: it finishes only when Task-3 (consumer) and "
        "Task-4 (consumer) are done\n"
        "  Task-3 (consumer) waits on Queue.get() at line 5: no task can put into this queue any "
        "more\n"
        "  Task-4 (consumer) waits on Queue.get() at line 5: no task can put into this queue any "
        "more\n");

  const auto full = al::test::run_script(R"(import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("a")
    await q.put("b")

asyncio.run(main())
)");
  CHECK(full.status == 3);
  CHECK(full.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on Queue.put() at line 6: the queue is full (maxsize=1) and no task "
        "can get from it any more\n");

  const auto join = al::test::run_script(R"(import asyncio

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    q.get_nowait()
    q.task_done()
    await q.join()

asyncio.run(main())
)");
  CHECK(join.status == 3);
  CHECK(join.deadlock ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on Queue.join() at line 9: 2 items have not been marked done with "
        "task_done(), and no task can call it any more\n");
}

TEST_CASE("Queue operations are recorded with items, getters and putters", "[queue][trace]") {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def getter(q):
    return await q.get()

async def main():
    q = asyncio.Queue(maxsize=2)
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    q.put_nowait("a")
    await q.put("b")
    await q.put("c")
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        pq.put_nowait(x)
    pq.get_nowait()
    q.task_done()
    await g

asyncio.run(main())
)",
                                      &rec);
  REQUIRE(r.status == 0);
  CHECK(al::test::primitive_ops_text(rec) ==
        "Queue q get (waits): value=0 capacity=2 waiters=[2]\n"
        "Queue q put_nowait: value=1 capacity=2 items=['a'] waiters=[]\n"
        "Queue q put: value=2 capacity=2 items=['a', 'b'] waiters=[]\n"
        "Queue q put (waits): value=2 capacity=2 items=['a', 'b'] waiters=[] waiters2=[1]\n"
        "Queue q get: value=1 capacity=2 items=['b'] waiters=[]\n"
        "Queue q put: value=2 capacity=2 items=['b', 'c'] waiters=[]\n"
        "PriorityQueue pq put_nowait: value=1 items=[3] waiters=[]\n"
        "PriorityQueue pq put_nowait: value=2 items=[1, 3] waiters=[]\n"
        "PriorityQueue pq put_nowait: value=3 items=[1, 3, 2] waiters=[]\n"
        "PriorityQueue pq get_nowait: value=2 items=[2, 3] waiters=[]\n"
        "Queue q task_done: value=2 capacity=2 items=['b', 'c'] waiters=[]\n");
}
