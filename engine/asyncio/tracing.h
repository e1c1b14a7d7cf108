// What the asyncio layer writes into the trace (engine/trace/recorder.h): source positions of
// the running and suspended code, descriptions of awaited objects, wakers. Every function is a
// no-op (one load and a branch at the call site) when tracing is off:
//
//   if (trace::Recorder* rec = active_tracer()) rec->primitive_op(..., current_pos());
#pragma once

#include <string>

#include "engine/loop/loop_trace.h"
#include "engine/runtime/object.h"

namespace al {

struct Future;
struct Task;

// The position of the innermost running Python frame (0:0 outside Python code).
trace::Pos current_pos();
// The position where a suspended coroutine chain waits: its innermost Python frame.
trace::Pos coro_pos(Object* coro);
// Who is waking tasks right now: the running task, else the timer or callback being run.
trace::Waker current_waker();
// The trace's description of an awaited future ("sleep(1.0)", "Task-3", "Queue.get()").
trace::Obj describe_awaited(Object* fut);
// A stable ObjectId for a future (assigned on first mention).
uint32_t future_trace_id(Future* f);

// Recorded by task.cpp; exposed for the primitives (a Lock waking a waiter goes through the
// waiter future's callbacks, which record the Ready event themselves).
void trace_task_ready(Task* t, Object* through);

// Wraps interp().out / interp().err so every write becomes a ConsoleOutput event attributed to
// the running task and source line. Call once per run after the sinks are set.
void install_console_trace();

}  // namespace al
