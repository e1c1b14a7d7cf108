// The state the trace records after each primitive operation, through the whole engine: who
// waits (the recorder keeps waiter lists from parks and wake-ups, primitive_support.h) and what
// a queue holds (each item's repr taken when it is put), including cancelled waiters, LIFO and
// priority queues, and lists longer than the recorder lists.
#include <catch2/catch.hpp>

#include <string>

#include "engine/trace/event_text.h"
#include "engine/trace/recorder.h"
#include "engine/trace/trace_model.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

// describe() of every primitive operation, one a line.
std::string primitive_ops(const char* script, uint32_t max_listed = 64) {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false, .max_listed = max_listed});
  const auto r = al::test::run_script(script, &rec);
  REQUIRE(r.status == 0);
  al::trace::TraceModel model(rec);
  std::string out;
  for (uint32_t i = 0; i < model.size(); ++i) {
    if (model.event(i).kind != al::trace::EventKind::PrimitiveOp) continue;
    out += al::trace::describe(model, i) + "\n";
    // The model's state at the operation agrees with the record itself.
    const al::trace::State s = model.state_at(i);
    const al::trace::PrimitiveInfo* p = s.primitive(model.event(i).obj_id);
    REQUIRE(p != nullptr);
    CHECK(p->state == rec.primitive_state(model.event(i)));
  }
  return out;
}

}  // namespace

TEST_CASE("Lock waiters: FIFO, a cancelled waiter leaves at once, a woken one before it runs",
          "[trace]") {
  std::string ops = primitive_ops(R"(import asyncio

async def w(lock):
    async with lock:
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(w(lock), name=f"w{i}") for i in range(4)]
    await asyncio.sleep(0)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)

asyncio.run(main())
)");
  CHECK(ops == R"(Lock lock.acquire by w0 (w) at line 4 → locked by w0, waiters []
Lock lock.acquire (waits) by w1 (w) at line 4 → locked by w0, waiters [w1]
Lock lock.acquire (waits) by w2 (w) at line 4 → locked by w0, waiters [w1, w2]
Lock lock.acquire (waits) by w3 (w) at line 4 → locked by w0, waiters [w1, w2, w3]
Lock lock.release by w0 (w) at line 4 → unlocked, waiters [w3]
Lock lock.acquire cancelled by w2 (w) at line 4 → unlocked, waiters [w3]
Lock lock.acquire by w1 (w) at line 4 → locked by w1, waiters [w3]
Lock lock.release by w1 (w) at line 4 → unlocked, waiters []
Lock lock.acquire by w3 (w) at line 4 → locked by w3, waiters []
Lock lock.release by w3 (w) at line 4 → unlocked, waiters []
)");
}

TEST_CASE("Queue items and waiters, past the listed window", "[trace]") {
  // Two entries listed: the third and later show as "… N more" and slide in as the front goes.
  std::string ops = primitive_ops(R"(import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    async def put(x):
        await q.put(x)
    ps = [asyncio.create_task(put(i), name=f"p{i}") for i in range(4)]
    await asyncio.sleep(0)
    ps[1].cancel()
    await asyncio.sleep(0)
    for _ in range(3):
        await q.get()
    lq = asyncio.LifoQueue()
    for x in ["a", 10**30, None]:
        lq.put_nowait(x)
    lq.get_nowait()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    pq.get_nowait()
    e = asyncio.Queue()
    gs = [asyncio.create_task(e.get(), name=f"g{i}") for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        e.put_nowait(-i)
    await asyncio.gather(*gs)

asyncio.run(main())
)",
                                  2);
  CHECK(ops == R"(Queue q.put by p0 (put) at line 6 → size 1/1 [0], getters [], putters []
Queue q.put (waits) by p1 (put) at line 6 → size 1/1 [0], getters [], putters [p1]
Queue q.put (waits) by p2 (put) at line 6 → size 1/1 [0], getters [], putters [p1, p2]
Queue q.put (waits) by p3 (put) at line 6 → size 1/1 [0], getters [], putters [p1, p2, … 1 more]
Queue q.put cancelled by p1 (put) at line 6 → size 1/1 [0], getters [], putters [p2, p3]
Queue q.get by Task-1 (main) at line 12 → size 0/1 [], getters [], putters [p3]
Queue q.get (waits) by Task-1 (main) at line 12 → size 0/1 [], getters [Task-1], putters [p3]
Queue q.put by p2 (put) at line 6 → size 1/1 [2], getters [], putters [p3]
Queue q.get by Task-1 (main) at line 12 → size 0/1 [], getters [], putters []
Queue q.get (waits) by Task-1 (main) at line 12 → size 0/1 [], getters [Task-1], putters []
Queue q.put by p3 (put) at line 6 → size 1/1 [3], getters [], putters []
Queue q.get by Task-1 (main) at line 12 → size 0/1 [], getters [], putters []
LifoQueue lq.put_nowait by Task-1 (main) at line 15 → size 1 ['a'], getters [], putters []
LifoQueue lq.put_nowait by Task-1 (main) at line 15 → size 2 ['a', 1000000000000000000000000000000], getters [], putters []
LifoQueue lq.put_nowait by Task-1 (main) at line 15 → size 3 ['a', 1000000000000000000000000000000, … 1 more], getters [], putters []
LifoQueue lq.get_nowait by Task-1 (main) at line 16 → size 2 ['a', 1000000000000000000000000000000], getters [], putters []
PriorityQueue pq.put_nowait by Task-1 (main) at line 19 → size 1 [3], getters [], putters []
PriorityQueue pq.put_nowait by Task-1 (main) at line 19 → size 2 [1, 3], getters [], putters []
PriorityQueue pq.put_nowait by Task-1 (main) at line 19 → size 3 [1, 3, … 1 more], getters [], putters []
PriorityQueue pq.get_nowait by Task-1 (main) at line 20 → size 2 [2, 3], getters [], putters []
Queue e.get (waits) by g0 (Queue.get) at line 28 → size 0 [], getters [g0], putters []
Queue e.get (waits) by g1 (Queue.get) at line 28 → size 0 [], getters [g0, g1], putters []
Queue e.get (waits) by g2 (Queue.get) at line 28 → size 0 [], getters [g0, g1, … 1 more], putters []
Queue e.put_nowait by Task-1 (main) at line 25 → size 1 [0], getters [g1, g2], putters []
Queue e.put_nowait by Task-1 (main) at line 25 → size 2 [0, -1], getters [g2], putters []
Queue e.put_nowait by Task-1 (main) at line 25 → size 3 [0, -1, … 1 more], getters [], putters []
Queue e.get by g0 (Queue.get) at line 28 → size 2 [-1, -2], getters [], putters []
Queue e.get by g1 (Queue.get) at line 28 → size 1 [-2], getters [], putters []
Queue e.get by g2 (Queue.get) at line 28 → size 0 [], getters [], putters []
)");
}

TEST_CASE("Waiters of Event, Semaphore, Condition and Barrier", "[trace]") {
  std::string ops = primitive_ops(R"(import asyncio

async def main():
    ev = asyncio.Event()
    async def wait_ev():
        await ev.wait()
    ws = [asyncio.create_task(wait_ev(), name=f"e{i}") for i in range(3)]
    await asyncio.sleep(0)
    ws[0].cancel()
    ev.set()
    await asyncio.gather(*ws, return_exceptions=True)
    sem = asyncio.Semaphore(1)
    async def hold():
        async with sem:
            await asyncio.sleep(0)
    hs = [asyncio.create_task(hold(), name=f"s{i}") for i in range(3)]
    await asyncio.gather(*hs)
    cond = asyncio.Condition()
    async def wait():
        async with cond:
            await cond.wait()
    cs = [asyncio.create_task(wait(), name=f"c{i}") for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    bar = asyncio.Barrier(2)
    async def wait_bar():
        await bar.wait()
    bs = [asyncio.create_task(wait_bar(), name=f"b{i}") for i in range(2)]
    await asyncio.gather(*bs)

asyncio.run(main())
)");
  CHECK(ops == R"(Event ev.wait (waits) by e0 (wait_ev) at line 6 → clear, waiters [e0]
Event ev.wait (waits) by e1 (wait_ev) at line 6 → clear, waiters [e0, e1]
Event ev.wait (waits) by e2 (wait_ev) at line 6 → clear, waiters [e0, e1, e2]
Event ev.set by Task-1 (main) at line 10 → set, waiters []
Event ev.wait cancelled by e0 (wait_ev) at line 6 → set, waiters []
Semaphore sem.acquire by s0 (hold) at line 14 → value 0, waiters []
Semaphore sem.acquire (waits) by s1 (hold) at line 14 → value 0, waiters [s1]
Semaphore sem.acquire (waits) by s2 (hold) at line 14 → value 0, waiters [s1, s2]
Semaphore sem.release by s0 (hold) at line 14 → value 0, waiters [s2]
Semaphore sem.acquire by s1 (hold) at line 14 → value 0, waiters [s2]
Semaphore sem.release by s1 (hold) at line 14 → value 0, waiters []
Semaphore sem.acquire by s2 (hold) at line 14 → value 0, waiters []
Semaphore sem.release by s2 (hold) at line 14 → value 1, waiters []
Condition cond.acquire by c0 (wait) at line 20 → lock held by c0, waiters []
Condition cond.release by c0 (wait) at line 21 → lock free, waiters []
Condition cond.wait (waits) by c0 (wait) at line 21 → lock free, waiters [c0]
Condition cond.acquire by c1 (wait) at line 20 → lock held by c1, waiters [c0]
Condition cond.release by c1 (wait) at line 21 → lock free, waiters [c0]
Condition cond.wait (waits) by c1 (wait) at line 21 → lock free, waiters [c0, c1]
Condition cond.acquire by Task-1 (main) at line 24 → lock held by Task-1, waiters [c0, c1]
Condition cond.notify by Task-1 (main) at line 25 → lock held by Task-1, waiters [c1]
Condition cond.release by Task-1 (main) at line 24 → lock free, waiters [c1]
Condition cond.acquire by c0 (wait) at line 21 → lock held by c0, waiters [c1]
Condition cond.wait (woken) by c0 (wait) at line 21 → lock held by c0, waiters [c1]
Condition cond.release by c0 (wait) at line 20 → lock free, waiters [c1]
Condition cond.acquire by Task-1 (main) at line 27 → lock held by Task-1, waiters [c1]
Condition cond.notify by Task-1 (main) at line 28 → lock held by Task-1, waiters []
Condition cond.release by Task-1 (main) at line 27 → lock free, waiters []
Condition cond.acquire by c1 (wait) at line 21 → lock held by c1, waiters []
Condition cond.wait (woken) by c1 (wait) at line 21 → lock held by c1, waiters []
Condition cond.release by c1 (wait) at line 20 → lock free, waiters []
Barrier bar.wait (waits) by b0 (wait_bar) at line 32 → 1/2 waiting, waiters [b0]
Barrier bar.wait (releases) by b1 (wait_bar) at line 32 → 0/2 waiting, waiters []
Barrier bar.wait by b1 (wait_bar) at line 32 → 0/2 waiting, waiters []
Barrier bar.wait by b0 (wait_bar) at line 32 → 0/2 waiting, waiters []
)");
}
