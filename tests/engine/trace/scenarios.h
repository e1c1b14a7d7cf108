// Hand-written traces of small asyncio programs, recorded the way the scheduler reports them
// (CPython 3.11's order of call_soon / set_result / done callbacks, reasoned from
// Lib/asyncio/queues.py, locks.py, tasks.py). Each returns the indices the tests look at.
#pragma once

#include <string_view>
#include <vector>

#include "engine/trace/recorder.h"
#include "tests/engine/trace/test_options.h"

namespace al::trace::test {

inline PrimitiveStateIn queue_state(double size, uint32_t maxsize,
                                    const std::vector<std::string_view>& items,
                                    const std::vector<TaskId>& getters,
                                    const std::vector<TaskId>& putters) {
  PrimitiveStateIn s;
  s.value = size;
  s.capacity = maxsize;
  s.items = items;
  s.waiters = getters;
  s.waiters2 = putters;
  return s;
}

// Keeps the vectors a PrimitiveStateIn points into alive for the duration of one call.
struct QueueOp {
  std::vector<std::string_view> items;
  std::vector<TaskId> getters;
  std::vector<TaskId> putters;
  double size;
  uint32_t maxsize;
  PrimitiveStateIn in() const { return queue_state(size, maxsize, items, getters, putters); }
};

struct PingPong {
  uint32_t main_gathers;      // main suspends on gather
  uint32_t producer_blocked;  // producer suspends on the full queue
  uint32_t consumer_woke_producer;
  uint32_t consumer_blocked;  // consumer suspends on the empty queue
  uint32_t producer_done;
  uint32_t main_ready;
  uint32_t last;
};

// async def producer(q):                      # line 3
//     for i in range(2):
//         await q.put(i)                      # line 5
// async def consumer(q):                      # line 7
//     for _ in range(2):
//         item = await q.get()                # line 9
//         print(item)                         # line 10
// async def main():                           # line 12
//     q = asyncio.Queue(maxsize=1)            # line 13
//     p = asyncio.create_task(producer(q))    # line 14
//     c = asyncio.create_task(consumer(q))    # line 15
//     await asyncio.gather(p, c)              # line 16
// asyncio.run(main())                         # line 18
inline PingPong record_ping_pong(Recorder& rec) {
  PingPong at{};
  const ObjectId q = 100;
  const Obj queue{ObjKind::Queue, q, "Queue q"};
  rec.task_created(1, "Task-1", "main", {18, 0});
  rec.ready(1, {});
  rec.step_begin(1);
  rec.primitive_created(queue, {13, 8});
  rec.task_created(2, "Task-2", "producer", {14, 8});
  rec.ready(2, Waker::task(1));
  rec.task_created(3, "Task-3", "consumer", {15, 8});
  rec.ready(3, Waker::task(1));
  at.main_gathers = rec.size();
  rec.step_suspended({16, 10}, {ObjKind::Future, 200, "gather(Task-2, Task-3)"});

  rec.step_begin(2);
  rec.primitive_op(queue, "put", QueueOp{{"0"}, {}, {}, 1, 1}.in(), {5, 14});
  rec.primitive_op(queue, "put", QueueOp{{"0"}, {}, {2}, 1, 1}.in(), {5, 14});
  at.producer_blocked = rec.size();
  rec.step_suspended({5, 14}, {ObjKind::Queue, q, "Queue.put q"});

  rec.step_begin(3);
  rec.primitive_op(queue, "get", QueueOp{{}, {}, {}, 0, 1}.in(), {9, 21});
  at.consumer_woke_producer = rec.size();
  rec.ready(2, Waker::task(3), queue);
  rec.console_output(Stream::Stdout, "0\n", {10, 8});
  rec.primitive_op(queue, "get", QueueOp{{}, {3}, {}, 0, 1}.in(), {9, 21});
  at.consumer_blocked = rec.size();
  rec.step_suspended({9, 21}, {ObjKind::Queue, q, "Queue.get q"});

  rec.step_begin(2);
  rec.primitive_op(queue, "put", QueueOp{{"1"}, {}, {}, 1, 1}.in(), {5, 14});
  rec.ready(3, Waker::task(2), queue);
  rec.callback_scheduled(1, "gather._done_callback");
  at.producer_done = rec.size();
  rec.step_finished({5, 14}, "None");

  rec.step_begin(3);
  rec.primitive_op(queue, "get", QueueOp{{}, {}, {}, 0, 1}.in(), {9, 21});
  rec.console_output(Stream::Stdout, "1\n", {10, 8});
  rec.callback_scheduled(2, "gather._done_callback");
  rec.step_finished({9, 21}, "None");

  rec.callback_run(1, "gather._done_callback");
  rec.callback_run(2, "gather._done_callback");
  at.main_ready = rec.size();
  rec.ready(1, Waker::callback(2), {ObjKind::Future, 200, "gather(Task-2, Task-3)"});
  rec.step_begin(1);
  at.last = rec.size();
  rec.step_finished({16, 10}, "None");
  return at;
}

struct LockScenario {
  uint32_t all_waiting;  // the three waiters queued behind Task-2
  uint32_t released;     // Task-2's release woke Task-3
  uint32_t handed;       // Task-3 took the lock
  uint32_t last;
};

// async def worker(lock, i):                  # line 3
//     async with lock:                        # line 4
//         await asyncio.sleep(1)              # line 5
// async def main():                           # line 7
//     lock = asyncio.Lock()                   # line 8
//     ts = [asyncio.create_task(worker(lock, i)) for i in range(4)]   # line 9
//     await asyncio.gather(*ts)               # line 10
// Recorded until Task-3 holds the lock and sleeps.
inline LockScenario record_lock_with_three_waiters(Recorder& rec) {
  LockScenario at{};
  const Obj lock{ObjKind::Lock, 50, "Lock lock"};
  auto lock_state = [](double locked, TaskId owner, const std::vector<TaskId>& waiters) {
    PrimitiveStateIn s;
    s.value = locked;
    s.owner = owner;
    s.waiters = waiters;
    return s;
  };
  rec.task_created(1, "Task-1", "main", {12, 0});
  rec.ready(1, {});
  rec.step_begin(1);
  rec.primitive_created(lock, {8, 11});
  for (TaskId t = 2; t <= 5; ++t) {
    rec.task_created(t, "Task-" + std::to_string(t), "worker", {9, 11});
    rec.ready(t, Waker::task(1));
  }
  rec.step_suspended({10, 10}, {ObjKind::Future, 300, "gather(4 tasks)"});

  rec.step_begin(2);
  {
    std::vector<TaskId> none;
    rec.primitive_op(lock, "acquire", lock_state(1, 2, none), {4, 19});
  }
  rec.timer_scheduled(1, 1.0, "sleep(1)", {5, 18});
  rec.step_suspended({5, 18}, {ObjKind::Sleep, 1, "sleep(1)"});
  std::vector<TaskId> waiters;
  for (TaskId t = 3; t <= 5; ++t) {
    rec.step_begin(t);
    waiters.push_back(t);
    rec.primitive_op(lock, "acquire", lock_state(1, 2, waiters), {4, 19});
    rec.step_suspended({4, 19}, {ObjKind::Lock, 50, "Lock lock"});
  }
  at.all_waiting = rec.size() - 1;

  rec.loop_idle();
  rec.clock_advance(1.0);
  rec.timer_fired(1, 1.0, "sleep(1)", 2);
  rec.callback_run(1, "sleep(1)");
  rec.ready(2, Waker::timer(1), {ObjKind::Sleep, 1, "sleep(1)"});
  rec.step_begin(2);
  // CPython: locks.py Lock.release -> _wake_up_first: the woken waiter stays in _waiters
  // until it runs; the lock is free meanwhile.
  rec.ready(3, Waker::task(2), lock);
  at.released = rec.size();
  rec.primitive_op(lock, "release", lock_state(0, 0, {3, 4, 5}), {4, 19});
  rec.callback_scheduled(2, "gather._done_callback");
  rec.step_finished({5, 18}, "None");

  rec.step_begin(3);
  at.handed = rec.size();
  rec.primitive_op(lock, "acquire", lock_state(1, 3, {4, 5}), {4, 19});
  rec.timer_scheduled(3, 2.0, "sleep(1)", {5, 18});
  at.last = rec.size();
  rec.step_suspended({5, 18}, {ObjKind::Sleep, 3, "sleep(1)"});
  return at;
}

struct CancelScenario {
  uint32_t sleeper_waits;  // Task-2 asleep for 10 s
  uint32_t cancelled;      // Task-1's cancel() made Task-2 ready
  uint32_t sleeper_ends;   // Task-2's step_cancelled
  uint32_t last;
};

// async def sleeper():                        # line 3
//     await asyncio.sleep(10)                 # line 4
// async def main():                           # line 6
//     t = asyncio.create_task(sleeper())      # line 7
//     await asyncio.sleep(0)                  # line 8
//     t.cancel()                              # line 9
//     try:
//         await t                             # line 11
//     except asyncio.CancelledError:
//         print("cancelled")                  # line 13
inline CancelScenario record_cancelled_task(Recorder& rec) {
  CancelScenario at{};
  rec.task_created(1, "Task-1", "main", {15, 0});
  rec.ready(1, {});
  rec.step_begin(1);
  rec.task_created(2, "Task-2", "sleeper", {7, 8});
  rec.ready(2, Waker::task(1));
  // sleep(0) is a bare yield: Task.__step reschedules itself with call_soon before returning.
  rec.ready(1, Waker::task(1));
  rec.step_suspended({8, 10}, {ObjKind::Sleep, 0, "sleep(0)"});

  rec.step_begin(2);
  rec.timer_scheduled(1, 10.0, "sleep(10)", {4, 10});
  at.sleeper_waits = rec.size();
  rec.step_suspended({4, 10}, {ObjKind::Sleep, 1, "sleep(10)"});

  rec.step_begin(1);
  at.cancelled = rec.size();
  rec.ready(2, Waker::task(1), {ObjKind::Sleep, 1, "sleep(10)"});
  rec.step_suspended({11, 8}, {ObjKind::Task, 2, "Task Task-2"});

  rec.step_begin(2);
  rec.timer_cancelled(1, "sleep(10)", {4, 10});
  rec.ready(1, Waker::task(2), {ObjKind::Task, 2, "Task Task-2"});
  at.sleeper_ends = rec.size();
  rec.step_cancelled({4, 10});

  rec.step_begin(1);
  rec.console_output(Stream::Stdout, "cancelled\n", {13, 8});
  at.last = rec.size();
  rec.step_finished({13, 8}, "None");
  return at;
}

}  // namespace al::trace::test
