// What the synchronisation primitives and queues (lock, event, condition, semaphore, queue,
// barrier) share: the loop binding CPython's _LoopBoundMixin gives them, their waiter queues,
// their identity in the trace, and the words their deadlock explanations are made of.
//
//   struct Lock : Primitive { ... };
//   prim_init_identity(lock, PrimKind::Lock);           // in __init__: trace id, "Lock lock"
//   Ref<Future> w = prim_park(lock, lock->waiters, &kLockAcquire, "acquire");  // a new waiter
//   ... co_await await_object(w.get()) ...
//   waiters_remove(lock->waiters, w.get());             // deque.remove(fut)
//   if (trace::Recorder* rec = active_tracer())              // the state after an operation
//     prim_record_kept(rec, lock, "release", {kKeptWaiters, 0, 0, 0});
//
// Waiters remember the task that parked them; the trace keeps its waiter lists from prim_park
// and the wake-ups (Recorder::list_push).
#pragma once

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <vector>

#include "engine/asyncio/future.h"
#include "engine/asyncio/task.h"
#include "engine/loop/loop_trace.h"
#include "engine/runtime/object.h"

namespace al {

// The kinds that number their unnamed instances separately ("Queue#3").
enum class PrimKind : uint8_t {
  Lock,
  Event,
  Condition,
  Semaphore,
  BoundedSemaphore,
  Barrier,
  Queue,
  PriorityQueue,
  LifoQueue,
  kCount
};

// The common head of every primitive object.
struct Primitive : Object {
  Ref<EventLoop> loop;    // CPython: mixins._LoopBoundMixin._loop (bound on first wait)
  uint32_t trace_id = 0;  // trace ObjectId
  uint32_t number = 0;    // per-kind creation number within the run
  PrimKind kind = PrimKind::Lock;
  std::string label;  // "Queue q" or "Queue#3"; empty until the trace first needs it
  // A primitive without a trace identity (trace_id 0: the Lock and Condition inside another
  // primitive) reports its operations to the primitive that owns it, which records them as
  // changes of its own state.
  Primitive* reported_by = nullptr;
  void (*report)(Primitive* owner, const char* op) = nullptr;
  // The trace labels of its waiter futures ("q.get()"), interned once per recorder.
  struct ParkLabel {
    const char* op = nullptr;
    uint32_t id = 0;
  };
  uint64_t park_labels_of = 0;  // Recorder::serial() the ids (these and label_id) belong to
  ParkLabel park_labels[3];
  uint32_t label_id = 0;  // `label` interned, 0: not yet

  explicit Primitive(Type* t) : Object(t) {}
};

struct Waiter {
  Ref<Future> fut;
  uint32_t task = 0;  // trace TaskId of the task that parked it (0: none)
};
using WaiterQueue = std::deque<Waiter>;

// CPython: mixins._LoopBoundMixin._get_loop: the running loop, which the primitive binds to on
// first use; RuntimeError "<repr> is bound to a different event loop" afterwards.
EventLoop* prim_get_loop(Primitive* p);

// Gives the primitive its trace identity (called from __init__, where the caller's next
// instruction may name the variable it is stored in) and records PrimitiveCreated.
void prim_init_identity(Primitive* p, PrimKind kind);

// A new waiter future on the primitive's loop, tagged for the deadlock report and the trace
// ("q.get()"), appended to `queue`. `op` is the method name ("get", "acquire"), a string
// literal. `shown` is the primitive the wait is reported on when it is not `p` itself (a
// Barrier's inner Condition). `trace_list` is the list of the shown primitive's trace state the
// waiting task joins (1 = waiters, 2 = waiters2, 0 = none; trace::PrimitiveStateIn): the
// recorder keeps it, and the task leaves it when it is woken through the primitive.
Ref<Future> prim_park(Primitive* p, WaiterQueue& queue, const WaitKind* kind, const char* op,
                      Primitive* shown = nullptr, uint32_t trace_list = 1);

// The trace's description of a waiter future prim_park made: the primitive it is shown on and
// its label ("q.get()"); false for any other future. describe_awaited reads the label prim_park
// cached on the future first (WaiterFuture::park_label); this finds it for a waiter parked
// while tracing was off.
bool prim_describe_waiter(trace::Recorder* rec, Future* f, trace::Obj& out);

// CPython: deque.remove(fut): removes the first entry for `fut`; false when absent (the
// ValueError CPython's queues catch).
bool waiters_remove(WaiterQueue& queue, Future* fut);

// The trace TaskId of the running task, or 0.
uint32_t prim_current_task_id();

// Binds the arguments of a pure-Python `__init__(self, a=..., b=...)` whose parameters are all
// optional, with CPython's messages ("Queue.__init__() takes from 1 to 2 positional arguments
// but 3 were given", "... got an unexpected keyword argument 'x'"). out[i] is null when absent.
void bind_init_args(Args a, const char* qualname, std::initializer_list<const char*> names,
                    Object** out);

// Who acquired a lock, remembered by value for the deadlock report (the task may be gone).
struct Holder {
  uint32_t task = 0;  // trace TaskId; 0: acquired outside any task
  Value name;         // the task's name object
  Value coro_name;    // its coroutine's __name__, or null
};
Holder current_holder();
// "Task-2 (worker)".
std::string holder_title(const Holder& h);

// CPython's `f'<{res[1:-1]} [{extra}]>'` with res = object.__repr__(self):
// "<asyncio.locks.Lock object at 0x7f... [unlocked]>".
std::string prim_repr(Object* self, const std::string& extra);

// --- trace ---------------------------------------------------------------------------------

// The state after an operation, in the fields of trace::PrimitiveStateIn (see
// engine/trace/primitive_state.h for their meaning per kind). Every primitive has the recorder
// keep its waiter lists (prim_park), so only items can be passed.
struct PrimState {
  uint8_t kept = 0;  // trace::PrimitiveStateIn::kept: lists the recorder keeps (not filled in)
  double value = 0;
  uint32_t capacity = 0;
  uint32_t owner = 0;
  std::vector<std::string> items;
  uint32_t items_total = UINT32_MAX;  // UINT32_MAX: items is the whole list
};

// repr(item) for the trace; never raises (a failing __repr__ gives a placeholder).
std::string trace_repr(Object* item);
// trace_repr(item) stored in the trace: exact ints are formatted without Python objects.
trace::StrId trace_repr_id(trace::Recorder* rec, Object* item);
// The label the trace shows for the primitive ("Queue q", "Lock#2").
const std::string& prim_label(Primitive* p);
// Records PrimitiveOp(op, state) at the current source position (`op` must be a string literal:
// its id is remembered by address, the label's on the primitive); the caller has checked that
// tracing is on. A primitive without a trace identity calls its `report` hook instead.
void prim_record(trace::Recorder* rec, Primitive* p, const char* op, const PrimState& state);
// prim_record for a state that lists no items and has an integer value (the recorder keeps or
// leaves empty every list), without building a PrimState.
void prim_record_kept(trace::Recorder* rec, Primitive* p, const char* op,
                      const trace::Recorder::KeptStateIn& state);

// --- deadlock explanations -------------------------------------------------------------------

// "Task-3 (consumer)".
std::string prim_task_title(Task* t);
// The live, unfinished task of `loop` with this trace id, or null.
Task* prim_find_task(EventLoop* loop, uint32_t trace_task);
// What `t` is blocked on, as "Lock.acquire()", "Task-4 (worker)", "a Future"; empty if nothing.
std::string prim_task_blocker(Task* t);

// The asyncio module's per-run reset of the numbering ("Queue#1" again in the next run).
void prim_reset_run_state();

}  // namespace al
