// State shared by the asyncio implementation: its exception types, the task-name counter, the
// policy's current loop, trace ids and the set of live tasks (CPython: tasks._all_tasks, a
// WeakSet, here an intrusive list that never keeps a task alive).
#pragma once

#include <cstdint>

#include "engine/loop/event_loop.h"
#include "engine/runtime/object.h"

namespace al {

struct Task;

struct AsyncioState {
  // Exception types (CPython: Lib/asyncio/exceptions.py), created once per process.
  Type* CancelledError = nullptr;
  Type* InvalidStateError = nullptr;
  Type* SendfileNotAvailableError = nullptr;
  Type* IncompleteReadError = nullptr;
  Type* LimitOverrunError = nullptr;
  Type* BrokenBarrierError = nullptr;

  // Per run (reset when the asyncio module is created).
  uint64_t task_name_counter = 0;
  uint32_t next_task_id = 0;    // trace TaskIds: 1, 2, ...
  uint32_t next_object_id = 0;  // trace ObjectIds
  Ref<EventLoop> event_loop;    // set_event_loop / get_event_loop's loop
  bool event_loop_set_called = false;
  // Live tasks in creation order (all_tasks()).
  Task* first_task = nullptr;
  Task* last_task = nullptr;
};

AsyncioState& aio();

// A fresh trace ObjectId (futures, primitives).
inline uint32_t aio_next_object_id() {
  return ++aio().next_object_id;
}

// CPython: events.get_event_loop(): the running loop, else the policy's loop (created on first
// use in the main thread).
EventLoop* asyncio_get_event_loop();
// CPython: events.get_running_loop(): RuntimeError('no running event loop').
EventLoop* asyncio_get_running_loop();

// Resets the per-run fields; called by the asyncio module factory.
void asyncio_reset_run_state();

// Raising asyncio's exceptions.
[[noreturn]] void raise_invalid_state(const std::string& message);
bool is_cancelled_error(Object* exc);

}  // namespace al
