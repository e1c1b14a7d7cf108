// asyncio.Handle and asyncio.TimerHandle (CPython: Lib/asyncio/events.py): what call_soon,
// call_later and call_at return and what the ready deque and the timer heap hold.
//
// A handle's callback is either a Python callable with positional arguments (loop.call_soon(f,
// 1, 2)) or a native C++ function with two object arguments (Task steps, Future callbacks,
// sleep's timer): the native path costs one allocation, the handle itself.
#pragma once

#include <cstdint>

#include "engine/runtime/object.h"

namespace al {

struct EventLoop;

// A native callback and how reprs name it. Instances are static constants.
struct NativeCallback {
  void (*fn)(Object* self, Object* arg);
  const char*
      name;  // as CPython's repr shows it: "Task.task_wakeup", "_set_result_unless_cancelled"
  const char* source;  // "FILE:LINE" CPython appends with " at ", or nullptr
  // Runs a task step (create_task's first step, task wakeups): the asyncio layer traces it as
  // the task's Ready/Step events instead of a loop callback.
  bool task_step = false;
};

struct Handle : Object {
  Ref<EventLoop> loop;
  Value callback;   // Python callable, or null for a native callback
  Ref<Tuple> args;  // its positional arguments
  const NativeCallback* native = nullptr;
  Value self;  // the native callback's arguments
  Value arg;
  Value context;    // the contextvars.Context given to call_soon (or null)
  double when = 0;  // TimerHandle: the deadline in loop time
  Value when_obj;   // the deadline as given to call_at (an int stays an int)
  bool cancelled = false;
  bool scheduled = false;  // TimerHandle: still in the loop's heap
  bool is_timer = false;
  uint32_t trace_id = 0;     // the trace's HandleId (unique across both kinds)
  uint32_t trace_owner = 0;  // timers: the task the timer will wake (0: unknown)
  uint32_t trace_label = 0;  // timers: interned label (trace::StrId), 0: derived

  Handle(Type* t, EventLoop* l);

  // CPython: Handle.cancel / TimerHandle.cancel (counts the cancelled timer in the loop).
  void cancel();
  // CPython: Handle._run: runs the callback; exceptions other than SystemExit and
  // KeyboardInterrupt go to the loop's exception handler.
  void run();
  // with_source: "cb(1, 2) at demo.py:4" as in reprs; else the trace's label ("cb(1, 2)", or
  // just the name for native callbacks).
  std::string callback_text(bool with_source) const;
};

extern Type* handle_type;        // asyncio.events.Handle
extern Type* timer_handle_type;  // asyncio.events.TimerHandle

void init_handle_types();

}  // namespace al
