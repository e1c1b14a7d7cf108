// The trace event schema: one fixed-size POD per scheduling decision (DESIGN.md §6).
//
// A trace is an append-only array of events plus a string table (StrId → text) and an arena of
// uint32 words for the variable-length state of primitive operations. `Event` is the reader's
// view; the recorder stores each one in 32 bytes (packed_event.h), so a 1,000,000-event trace is
// ~32 MB of events plus its distinct strings. Events are written by `Recorder` (recorder.h) and
// read by `TraceModel` (trace_model.h).
//
// Identifiers are plain numbers chosen by the asyncio layer and never reused within one trace:
//   TaskId    1, 2, ...; 0 means "the event loop itself / no task"
//   HandleId  call_soon and call_later/call_at handles (one counter for both)
//   ObjectId  primitives, futures, I/O operations
//
// Fields by kind. `task` is the lane the event belongs to; "current" is the task whose step is
// running (0 outside steps); obj = (obj_kind, obj_id, obj_label); unlisted fields are zero.
//
//   TaskCreated        task = the new task; obj = (Coroutine, 0, coroutine name); text = its
//                      name; waker = (Task, creator), or None when the loop creates it;
//                      detail = 1 for a loop-internal task (asyncio.run's shutdown_asyncgens /
//                      shutdown_default_executor), which timelines hide from learners
//   StepBegin          task
//   StepEnd            task; detail = StepOutcome. Suspended: obj = the awaited object
//                      ("sleep(2.0)", "Queue.get q", "Event.wait ev", "Task fetch-2");
//                      Finished: text = result repr; Failed: text = exception text;
//                      Cancelled: text = the cancel message
//   Ready              task = the woken task; waker = who woke it (task, timer, I/O, ...);
//                      obj = what it was woken through ("Queue q", "Lock lock"), may be None
//   TimerScheduled     task = current; obj = (Timer, handle, label); num = deadline
//   TimerCancelled     task = current; obj = (Timer, handle, label)
//   TimerFired         task = its owner; obj = (Timer, handle, label); num = deadline
//   CallbackScheduled  task = current; obj = (Callback, handle, label)
//   CallbackRun        task = 0; obj = (Callback, handle, label)
//   PrimitiveCreated   task = current; obj = (primitive kind, id, label)
//   PrimitiveOp        task = current; obj = (primitive kind, id, label); text = op name;
//                      num = value after the op; extra = its state record (primitive_state.h)
//   IoStart            task = current; obj = (Io, id, label)
//   IoDone             task = its owner; obj = (Io, id, label); text = result text
//   ConsoleOutput      task = current; text = the text; detail = Stream
//   Diagnostic         task = the task it concerns, or 0; text = message; detail = DiagKind
//   ClockAdvance       task = 0; num = the old time (vtime is the new one)
//   LoopIdle           task = 0
//
// `vtime` is the loop's clock when the event happened (ClockAdvance: the new time), `wall_ns`
// the wall clock since the recorder started (read at step and loop boundaries; the events in
// between carry that reading, and a StepBegin with no boundary since the last StepEnd shares
// its reading),
// `line`/`col` the source position (0 = unknown):
// where the task was created, suspended or finished, the call site of an operation or print.
#pragma once

#include <cstdint>
#include <string_view>

namespace al::trace {

using TaskId = uint32_t;
using HandleId = uint32_t;
using ObjectId = uint32_t;

// "No index / no such entry" and "segment still open".
inline constexpr uint32_t kNone = UINT32_MAX;

// An index into the trace's string table; StrId::empty is "".
enum class StrId : uint32_t { empty = 0 };

enum class EventKind : uint8_t {
  TaskCreated,
  StepBegin,
  StepEnd,
  Ready,
  TimerScheduled,
  TimerCancelled,
  TimerFired,
  CallbackScheduled,
  CallbackRun,
  PrimitiveCreated,
  PrimitiveOp,
  IoStart,
  IoDone,
  ConsoleOutput,
  Diagnostic,
  ClockAdvance,
  LoopIdle,
  kCount
};

// What an object reference describes: the awaited object of a suspended step, the primitive of
// an operation, the thing a task was woken through.
enum class ObjKind : uint8_t {
  None,
  Sleep,      // asyncio.sleep(d); sleep(0) is a bare yield
  Future,     // a plain Future (also gather's and wait's futures)
  Task,       // awaiting another task
  Coroutine,  // TaskCreated: the task's coroutine
  Queue,      // Queue, PriorityQueue, LifoQueue (the label says which)
  Lock,
  Event,
  Semaphore,  // Semaphore and BoundedSemaphore
  Condition,
  Barrier,
  Timer,
  Callback,
  Io,  // sockets, streams, files, worker-thread jobs
  Other,
  kCount
};

// Who completed the Future that woke a task.
enum class WakerKind : uint8_t {
  None,
  Task,      // a task's step (put into a queue, released a lock, created the task, ...)
  Timer,     // a call_later/call_at handle (sleep, timeouts)
  Callback,  // a call_soon handle
  Io,        // an I/O completion
  Thread,    // a worker-thread job (to_thread, run_in_executor)
  Signal,
  kCount
};

enum class StepOutcome : uint8_t { Suspended, Finished, Failed, Cancelled, kCount };
enum class Stream : uint8_t { Stdout, Stderr, kCount };
enum class DiagKind : uint8_t {
  Deadlock,
  BlockedLoop,
  NeverAwaited,
  ExceptionNeverRetrieved,
  TaskDestroyedPending,
  UncaughtException,
  ScheduleChoice,  // be-the-scheduler: text = "N tasks were ready: ...; chosen X (asyncio would
                   // pick Y)"
  kCount
};

struct Event {
  double vtime;       // virtual (loop) time in seconds
  int64_t wall_ns;    // wall clock since the recorder started; 0 when the wall clock is off
  double num;         // per kind, see the table above
  uint32_t index;     // position in the trace
  TaskId task;        // lane: the task the event belongs to, 0 = the event loop
  uint32_t line;      // 1-based source line, 0 = unknown
  uint32_t obj_id;    // the object's id (handle, primitive, I/O, awaited task, ...)
  StrId obj_label;    // the object's label
  uint32_t waker_id;  // Ready: who woke the task; TaskCreated: the creator
  StrId text;         // per kind, see the table above
  uint32_t extra;     // PrimitiveOp: offset of its state record in the arena; else kNone
  uint16_t col;       // 0-based column (UTF-8 bytes), saturated at 65535
  EventKind kind;
  ObjKind obj_kind;
  WakerKind waker_kind;
  uint8_t detail;  // StepOutcome, Stream or DiagKind

  StepOutcome outcome() const { return static_cast<StepOutcome>(detail); }
  Stream stream() const { return static_cast<Stream>(detail); }
  DiagKind diag() const { return static_cast<DiagKind>(detail); }
};

// Stable lower-case names ("task_created", "queue", "timer", "suspended", "stdout", "deadlock"),
// used in exports and text output.
std::string_view name(EventKind kind);
std::string_view name(ObjKind kind);
std::string_view name(WakerKind kind);
std::string_view name(StepOutcome outcome);
std::string_view name(Stream stream);
std::string_view name(DiagKind kind);

}  // namespace al::trace
