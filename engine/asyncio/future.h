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
//   waiter->set_wait(&kQueueGet, queue, queue_trace_id);
// When the program deadlocks, the report for a task parked on that future reads
//   "Task-3 (consumer) waits on Queue.get() at line 12: <explain(queue, task)>".
#pragma once

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
  const char* label;        // "Queue.get()", "Lock.acquire()", "Event.wait()"
  trace::ObjKind kind;      // the primitive kind the trace shows
  // The end of the deadlock sentence ("no task can put into this queue any more"); may be
  // null. `owner` is the object passed to set_wait, `task` the waiting Task.
  std::string (*explain)(Object* owner, Task* task);
};

struct FutureCallback {
  Value fn;                               // Python callable, or null for a native callback
  const NativeCallback* native = nullptr;
  Value self;                             // the native callback's first argument
  Value context;
};

// A future's done callbacks: the first one is stored inline, as CPython's fut_callback0, so the
// common case (one task waiting) costs no allocation.
class CallbackList {
 public:
  bool empty() const { return !has_first_; }
  size_t size() const { return has_first_ ? 1 + rest_.size() : 0; }
  FutureCallback& operator[](size_t i) { return i == 0 ? first_ : rest_[i - 1]; }
  const FutureCallback& operator[](size_t i) const { return i == 0 ? first_ : rest_[i - 1]; }
  void push_back(FutureCallback cb) {
    if (!has_first_) {
      first_ = std::move(cb);
      has_first_ = true;
    } else {
      rest_.push_back(std::move(cb));
    }
  }
  // Moves every callback out, in registration order, leaving the list empty.
  std::vector<FutureCallback> take() {
    std::vector<FutureCallback> out;
    if (!has_first_) return out;
    out.reserve(1 + rest_.size());
    out.push_back(std::move(first_));
    for (FutureCallback& cb : rest_) out.push_back(std::move(cb));
    clear();
    return out;
  }
  void clear() {
    first_ = FutureCallback();
    has_first_ = false;
    rest_.clear();
    rest_.shrink_to_fit();
  }
  // Keeps the callbacks for which keep(cb) is true, in order; returns how many were removed.
  template <class F>
  size_t retain(F&& keep) {
    std::vector<FutureCallback> all = take();
    size_t removed = 0;
    for (FutureCallback& cb : all) {
      if (keep(cb)) {
        push_back(std::move(cb));
      } else {
        ++removed;
      }
    }
    return removed;
  }

 private:
  FutureCallback first_;
  bool has_first_ = false;
  std::vector<FutureCallback> rest_;
};

struct Future : Object {
  Ref<EventLoop> loop;
  FutState state = FutState::Pending;
  bool blocking = false;        // _asyncio_future_blocking
  bool log_traceback = false;   // _log_traceback: an exception nobody retrieved yet
  Value result;
  Value exception;
  Value exception_tb;           // the traceback at set_exception time, restored by result()
  Value cancel_message;
  Value cancelled_exc;          // the CancelledError that cancelled a task (chained later)
  CallbackList callbacks;
  uint32_t trace_id = 0;        // trace ObjectId (0 until the trace first mentions it)
  const WaitKind* wait_kind = nullptr;
  Value wait_owner;
  uint32_t wait_owner_id = 0;   // the owner's trace ObjectId (primitive_op events use it)
  uint32_t trace_label = 0;     // trace::StrId describing this future ("sleep(1.0)"), 0: derived

  Future(Type* t, EventLoop* l);

  bool done() const { return state != FutState::Pending; }
  void set_wait(const WaitKind* kind, Object* owner, uint32_t owner_trace_id = 0) {
    wait_kind = kind;
    wait_owner = Value(owner);
    wait_owner_id = owner_trace_id;
  }
};

extern Type* future_type;  // _asyncio.Future

bool is_future(Object* o);  // an instance of Future (Task included)
// CPython: base_futures.isfuture: Future instances or duck-typed objects whose class has
// _asyncio_future_blocking not None.
bool isfuture(Object* o);

Ref<Future> future_new(EventLoop* loop);

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
