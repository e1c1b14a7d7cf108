// asyncio.Lock (CPython 3.11: Lib/asyncio/locks.py).
#include "engine/asyncio/lock.h"

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/tracing.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* lock_type = nullptr;

namespace {

Lock* as_lock(Object* o) {
  return static_cast<Lock*>(o);
}

void trace_op(Lock* l, const char* op) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return;
  // The recorder keeps the waiter list from the parks and wake-ups (prim_park).
  prim_record_kept(rec, l, op,
                   {trace::PrimitiveStateIn::kKeptWaiters, l->locked ? 1 : 0, 0,
                    l->locked ? l->holder.task : 0});
}

// "the lock is held by Task-2 (worker), which waits on Lock.acquire()".
std::string explain_acquire(Object* owner, Task* waiter) {
  Lock* l = as_lock(owner);
  if (!l->locked) return "the lock is free, but no task will run to take it";
  if (!l->holder.task) return "the lock was acquired outside any task and nothing will release it";
  if (l->holder.task == waiter->trace_task) {
    return "this task already holds the lock (an asyncio.Lock is not reentrant)";
  }
  const std::string who = "the lock is held by " + holder_title(l->holder);
  Task* holder = prim_find_task(l->loop.get(), l->holder.task);
  if (!holder) return who + ", which finished without releasing it";
  const std::string blocker = prim_task_blocker(holder);
  if (blocker.empty()) return who + ", which will never run again";
  return who + ", which waits on " + blocker;
}

const WaitKind kLockAcquire{"Lock.acquire()", trace::ObjKind::Lock, explain_acquire};

bool all_cancelled(const WaiterQueue& q) {
  for (const Waiter& w : q) {
    if (w.fut->state != FutState::Cancelled) return false;
  }
  return true;
}

// CPython: Lock._wake_up_first.
void wake_up_first(Lock* l) {
  if (l->waiters.empty()) return;
  Future* fut = l->waiters.front().fut.get();
  // A done waiter will wake up later on and either take the lock or, if it was cancelled and
  // the lock was not taken, wake the next one itself.
  if (!fut->done()) future_set_result(fut, True_);
}

void take(Lock* l) {
  l->locked = true;
  l->holder = current_holder();
}

// --- Python methods ----------------------------------------------------------------------

Value lock_py_new(Type* t, Args) {
  return alloc_instance<Lock>(t);
}

void lock_py_init(Object* self, Args a) {
  bind_init_args(a, "Lock.__init__", {}, nullptr);
  Lock* l = as_lock(self);
  l->waiters.clear();
  l->locked = false;
  l->holder = Holder();
  prim_init_identity(l, PrimKind::Lock);
}

// CPython: Lock.__repr__.
Value lock_repr(Object* self) {
  Lock* l = as_lock(self);
  std::string extra = l->locked ? "locked" : "unlocked";
  if (!l->waiters.empty()) extra += ", waiters:" + std::to_string(l->waiters.size());
  return str_from(prim_repr(self, extra));
}

Value m_locked(Object* self, Args a) {
  check_no_args(a, "locked");
  return bool_obj(as_lock(self)->locked);
}

Value get_locked(Object* self) {
  return bool_obj(as_lock(self)->locked);
}

Value m_acquire(Object* self, Args a) {
  check_no_args(a, "acquire");
  return native_coro(lock_acquire_body(Ref<Lock>(as_lock(self))), "Lock.acquire");
}

Value m_release(Object* self, Args a) {
  check_no_args(a, "release");
  lock_release(as_lock(self));
  return none();
}

Coro aenter_body(Value self) {
  co_await await_object(lock_acquire_awaitable(self.get()).get());
  co_return none();
}

Coro aexit_body(Value self) {
  lock_call_release(self.get());
  co_return none();
}

}  // namespace

// CPython: Lock.acquire.
Coro lock_acquire_body(Ref<Lock> l) {
  if (!l->locked && all_cancelled(l->waiters)) {
    take(l.get());
    trace_op(l.get(), "acquire");
    co_return Value(True_);
  }
  Ref<Future> fut = prim_park(l.get(), l->waiters, &kLockAcquire, "acquire");
  trace_op(l.get(), "acquire (waits)");
  // The waiter leaves the queue before the CancelledError handling, so that a cancelled waiter
  // never wakes itself.
  try {
    co_await await_object(fut.get());
  } catch (PyException& e) {
    waiters_remove(l->waiters, fut.get());
    if (is_cancelled_error(e.exc.get())) {
      if (!l->locked) wake_up_first(l.get());
      trace_op(l.get(), "acquire cancelled");
    }
    throw;
  }
  waiters_remove(l->waiters, fut.get());
  take(l.get());
  trace_op(l.get(), "acquire");
  co_return Value(True_);
}

// CPython: Lock.release.
void lock_release(Lock* l) {
  if (!l->locked) raise(exc::RuntimeError, "Lock is not acquired.");
  l->locked = false;
  l->holder = Holder();
  wake_up_first(l);
  trace_op(l, "release");
}

Ref<Lock> lock_new(bool traced) {
  init_lock_type();
  Ref<Lock> l = alloc_instance<Lock>(lock_type);
  if (traced) prim_init_identity(l.get(), PrimKind::Lock);
  return l;
}

bool is_lock(Object* o) {
  return lock_type && is_instance(o, lock_type);
}

Value lock_acquire_awaitable(Object* lock) {
  if (is_exactly(lock, lock_type))
    return native_coro(lock_acquire_body(Ref<Lock>(as_lock(lock))), "Lock.acquire");
  return call_method(lock, "acquire", {});
}

void lock_call_release(Object* lock) {
  if (is_exactly(lock, lock_type)) {
    lock_release(as_lock(lock));
    return;
  }
  call_method(lock, "release", {});
}

bool lock_call_locked(Object* lock) {
  if (is_exactly(lock, lock_type)) return as_lock(lock)->locked;
  return truthy(call_method(lock, "locked", {}).get());
}

// CPython: _ContextManagerMixin.__aenter__.
Value cm_aenter(Object* self, Args a) {
  check_no_args(a, "__aenter__");
  return native_coro(aenter_body(Value(self)), "_ContextManagerMixin.__aenter__");
}

// CPython: _ContextManagerMixin.__aexit__ (a coroutine that releases at its first step).
Value cm_aexit(Object* self, Args a) {
  check_positional(a, "__aexit__", 3, 3);
  return native_coro(aexit_body(Value(self)), "_ContextManagerMixin.__aexit__");
}

void init_lock_type() {
  if (lock_type) return;
  Type* t = new_builtin_type("Lock", object_type);
  t->module = "asyncio.locks";
  t->dict_offset = with_dict_offset<Lock>();
  t->new_instance = lock_py_new;
  t->init = lock_py_init;
  t->repr = lock_repr;
  add_method(t, "locked", m_locked);
  add_getset(t, "_locked", get_locked);
  add_method(t, "acquire", m_acquire);
  add_method(t, "release", m_release);
  add_method(t, "__aenter__", cm_aenter);
  add_method(t, "__aexit__", cm_aexit);
  t->ready();
  lock_type = t;
}

}  // namespace al
