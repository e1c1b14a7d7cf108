// asyncio.Future (CPython: Modules/_asynciomodule.c FutureObj, Lib/asyncio/futures.py).
//
// The C++ API other parts of asyncio use (primitives, gather, TaskGroup...):
//
//   Ref<Future> f = future_new(loop);              // loop.create_future()
//   future_set_result(f, value);                   // InvalidStateError('invalid state') if done
//   future_set_exception(f, exc);                  // exception instance or class
//   future_cancel(f, msg);                         // false when already done
//   future_add_done_callback(f, fn);               // Python callable: call_soon(fn, f) when done
//   future_add_native_callback(f, &kCb, self);     // native: kCb.fn(self, f) through call_soon
//   Value r = future_result(f);                    // raises the exception / CancelledError
//   co_await await_object(f);                      // from a native coroutine (native_coro.h)
//
// Callbacks are scheduled with call_soon in registration order when the future completes, or
// at once (still through call_soon) when added to a done future: one ready-queue hop between
// "done" and "the waiter runs" (DESIGN.md §2).
//
// Deadlock explanations and trace labels: a primitive that parks a task on a waiter future
// tags it with set_wait(), e.g. Queue.get does
//   static const WaitKind kQueueGet{"Queue.get()", trace::ObjKind::Queue, explain_queue_get};
//   waiter->set_wait(&kQueueGet, queue, queue_trace_id);   // on future_new(loop, &kQueueGet)
// When the program deadlocks, the report for a task parked on that future reads
//   "Task-3 (consumer) waits on Queue.get() at line 12: <explain(queue, task)>".
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/loop/event_loop.h"
#include "engine/runtime/object.h"
#include "engine/trace/event.h"

namespace al {

struct Task;

enum class FutState : uint8_t { Pending, Cancelled, Finished };

// What a waiter future stands for, for the trace and the deadlock report.
struct WaitKind {
  const char* label;    // "Queue.get()", "Lock.acquire()", "Event.wait()"
  trace::ObjKind kind;  // the primitive kind the trace shows
  // The end of the deadlock sentence ("no task can put into this queue any more"); may be
  // null. `owner` is the object passed to set_wait, `task` the waiting Task.
  std::string (*explain)(Object* owner, Task* task);
};

struct FutureCallback {
  Value fn;  // Python callable, or null for a native callback
  const NativeCallback* native = nullptr;
  Value self;  // the native callback's first argument
  Value context;
};

// The parts of a future that most futures never use, allocated on first use so a pending
// future or task stays small (issue 3: memory per pending task).
struct FutureExtra {
  Value exception_tb;  // the traceback at set_exception time, restored by result()
  Value cancel_message;
  Value cancelled_exc;  // the CancelledError that cancelled a task (chained later)
  std::vector<FutureCallback> callbacks;  // the done callbacks after the inline one
  const WaitKind* wait_kind = nullptr;    // set_wait on a future not made by future_new(loop, kind)
  Value wait_owner;
  uint32_t wait_owner_id = 0;  // the owner's trace ObjectId (primitive_op events use it)
  uint32_t trace_label = 0;    // trace::StrId describing this future ("sleep(1.0)"), 0: derived
  // Task only.
  Value name;  // usually a str; null while the default "Task-N" is not formatted
  Value context;
};

// The id of a native callback, so a future keeps its first callback in 2 bytes (0: none; ids
// are handed out on first use, up to kMaxNativeCallbacks).
constexpr uint16_t kMaxNativeCallbacks = 4096;
uint16_t native_callback_id(const NativeCallback* cb);  // 0 when the table is full
const NativeCallback* native_callback_at(uint16_t id);

// 56 bytes with the object header. `slot` holds the first done callback while the future is
// pending (its Python callable, or a native callback's self) and the result or exception once
// it is done: callbacks are scheduled and dropped at completion, so the two never coexist.
struct Future : Object {
  Ref<EventLoop> loop;
  FutState state = FutState::Pending;
  uint8_t bits = 0;         // the k* flags below
  uint16_t cb0_native = 0;  // native_callback_id of the first callback when it is native
  // A plain future's trace ObjectId (0 until the trace first mentions it); a Task never gets
  // one, and keeps its trace TaskId in the same word.
  union {
    uint32_t trace_id = 0;
    uint32_t trace_task;
  };
  Value slot;
  std::unique_ptr<FutureExtra> extra;

  static constexpr uint8_t kHasException = 1;   // slot is the exception (when Finished)
  static constexpr uint8_t kHasCallback0 = 2;   // slot / cb0_native is the first callback
  static constexpr uint8_t kIsWaiter = 4;       // this is a WaiterFuture
  static constexpr uint8_t kBlocking = 8;       // _asyncio_future_blocking
  static constexpr uint8_t kLogTraceback = 16;  // _log_traceback: an exception nobody retrieved
  static constexpr uint8_t kMustCancel = 32;    // Task._must_cancel
  static constexpr uint8_t kLogDestroyPending = 64;  // Task._log_destroy_pending

  Future(Type* t, EventLoop* l);

  bool done() const { return state != FutState::Pending; }
  bool flag(uint8_t f) const { return bits & f; }
  void set_flag(uint8_t f, bool on) { bits = on ? uint8_t(bits | f) : uint8_t(bits & ~f); }
  bool blocking() const { return flag(kBlocking); }
  void set_blocking(bool on) { set_flag(kBlocking, on); }
  bool log_traceback() const { return flag(kLogTraceback); }
  void set_log_traceback(bool on) { set_flag(kLogTraceback, on); }
  FutureExtra& ext() {
    if (!extra) extra = std::make_unique<FutureExtra>();
    return *extra;
  }
  // The result (null unless finished with a result) and the exception (null unless finished
  // with one).
  Object* result_value() const {
    return state == FutState::Finished && !(bits & kHasException) ? slot.get() : nullptr;
  }
  Object* exception_value() const {
    return state == FutState::Finished && (bits & kHasException) ? slot.get() : nullptr;
  }
  Object* cancel_message() const { return extra ? extra->cancel_message.get() : nullptr; }

  // The done callbacks in registration order.
  size_t callback_count() const;
  FutureCallback callback_at(size_t i) const;
  void push_callback(FutureCallback cb);
  // Moves every callback out, in registration order, leaving none.
  std::vector<FutureCallback> take_callbacks();

  // Tags a waiter future for the deadlock report and the trace (see the top of this file).
  void set_wait(const WaitKind* kind, Object* owner, uint32_t owner_trace_id = 0);
  const WaitKind* wait_kind() const;
  Object* wait_owner() const;
  uint32_t wait_owner_id() const { return extra ? extra->wait_owner_id : 0; }
  uint32_t trace_label() const { return extra ? extra->trace_label : 0; }
  void set_trace_label(uint32_t label) { ext().trace_label = label; }
};

// A future a primitive or an asyncio function parks tasks on: it carries what it waits for
// inline (future_new(loop, kind)). Its Python type is still _asyncio.Future.
struct WaiterFuture : Future {
  const WaitKind* kind = nullptr;
  Value owner;
  // The trace label of a primitive's waiter ("q.get()"), set by prim_park when tracing is on so
  // that describing the wait (at the step's end and at the wake-up) is a field read; 0: not set.
  // It fits the padding: the object stays in its 80-byte size class.
  uint32_t park_label = 0;

  WaiterFuture(Type* t, EventLoop* l, const WaitKind* k) : Future(t, l), kind(k) {
    bits |= kIsWaiter;
  }
};

extern Type* future_type;  // _asyncio.Future

bool is_future(Object* o);  // an instance of Future (Task included)
// CPython: base_futures.isfuture: Future instances or duck-typed objects whose class has
// _asyncio_future_blocking not None.
bool isfuture(Object* o);

// `kind` non-null: a WaiterFuture tagged with it (set_wait adds the owner).
Ref<Future> future_new(EventLoop* loop, const WaitKind* kind = nullptr);

void future_set_result(Future* f, Object* value);
void future_set_exception(Future* f, Object* exc);
bool future_cancel(Future* f, Object* msg = nullptr);
Value future_result(Future* f);
Value future_exception(Future* f);  // None when it finished with a result
void future_add_done_callback(Future* f, Object* fn, Object* context = nullptr);
void future_add_native_callback(Future* f, const NativeCallback* cb, Object* self);
// Removes every Python callback equal to fn; returns how many.
size_t future_remove_done_callback(Future* f, Object* fn);
// Removes the native callbacks `cb` registered with `self`; returns how many.
size_t future_remove_native_callback(Future* f, const NativeCallback* cb, Object* self);
// CPython: _asynciomodule.c create_cancelled_error.
Value future_make_cancelled_error(Future* f);
// The loop of any future-like object (CPython: futures._get_loop).
EventLoop* future_get_loop(Object* fut);

// A Python callable running `cb->fn(self, arg)` for its one argument: how a native done
// callback is registered on a future-like object that is not one of ours.
Value native_callback_object(const NativeCallback* cb, Object* self);

// Duck-typed operations on objects that may be Futures from Python subclasses.
bool fut_done(Object* fut);
bool fut_cancelled(Object* fut);
Value fut_result(Object* fut);
Value fut_exception(Object* fut);
void fut_add_done_callback(Object* fut, Object* fn);

// CPython: FutureObj_finalize: "<Type> exception was never retrieved" through the loop's
// exception handler, when the exception was never looked at.
void future_report_unretrieved(Future* f);

// Repr pieces shared with Task (CPython: base_futures._future_repr_info).
std::string future_repr_info(Future* f);

void init_future_type();

}  // namespace al
