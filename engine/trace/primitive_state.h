// The state of a synchronisation primitive after an operation, as the asyncio layer reports it
// with Recorder::primitive_op and as readers get it back from Recorder::primitive_state.
//
// The same fields serve every primitive kind (value is also Event::num of the op):
//
//   Queue      value = qsize(); capacity = maxsize (0: unbounded); items = item reprs in
//              CPython's _queue order, front first; waiters = getters; waiters2 = putters
//   Lock       value = 1 if locked; owner = the task holding it; waiters, FIFO
//   Event      value = 1 if set; waiters
//   Semaphore  value = _value; capacity = the bound of a BoundedSemaphore; waiters, FIFO
//   Condition  value = 1 if its lock is locked; owner = the lock's holder; waiters = wait()ers
//   Barrier    value = tasks waiting; capacity = parties; waiters
//   Future     value = 0 pending, 1 result, 2 exception, 3 cancelled; items = [result repr or
//              exception text]; waiters = the tasks awaiting it
//
// Long lists are cut to Recorder::max_listed() entries; the `*_total` fields keep the true
// length. The recorder stores each state as a change to the primitive's previous one
// (recorder.h), so a long waiter list costs a few words per operation, not a copy; the asyncio
// layer reports waiters and FIFO/LIFO queue items as they come and go (kept lists), so an
// operation costs the same with 100 waiters or 100,000 items as with one.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "engine/trace/event.h"

namespace al::trace {

// What the asyncio layer passes. A total left at kNone means "the span is the whole list".
// A list whose bit is set in `kept` is not passed at all: the recorder keeps it from the
// changes reported as they happen (Recorder::list_push and friends, recorder.h).
struct PrimitiveStateIn {
  static constexpr uint8_t kKeptItems = 1, kKeptWaiters = 2, kKeptWaiters2 = 4;
  uint8_t kept = 0;
  double value = 0;
  uint32_t capacity = 0;
  TaskId owner = 0;
  std::span<const std::string_view> items = {};
  std::span<const StrId> item_ids = {};  // used instead of `items` when not empty: reprs the
                                         // caller interned once (Recorder::intern)
  uint32_t items_total = kNone;
  std::span<const TaskId> waiters = {};
  uint32_t waiters_total = kNone;
  std::span<const TaskId> waiters2 = {};
  uint32_t waiters2_total = kNone;
};

// What readers get back.
struct PrimitiveState {
  double value = 0;
  uint32_t capacity = 0;
  TaskId owner = 0;
  std::vector<StrId> items;
  uint32_t items_total = 0;
  std::vector<TaskId> waiters;
  uint32_t waiters_total = 0;
  std::vector<TaskId> waiters2;
  uint32_t waiters2_total = 0;

  bool operator==(const PrimitiveState&) const = default;
};

}  // namespace al::trace
