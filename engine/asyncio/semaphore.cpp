// asyncio.Semaphore and asyncio.BoundedSemaphore (CPython 3.11: Lib/asyncio/locks.py).
#include "engine/asyncio/semaphore.h"

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/lock.h"
#include "engine/asyncio/tracing.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* semaphore_type = nullptr;
Type* bounded_semaphore_type = nullptr;

namespace {

Semaphore* as_sem(Object* o) {
  return static_cast<Semaphore*>(o);
}

void trace_op(Semaphore* s, const char* op) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return;
  PrimState st;
  st.value = double(s->value);
  st.capacity = s->bounded ? uint32_t(s->bound) : 0;
  // The recorder keeps the waiter list from the parks and wake-ups (prim_park).
  st.kept = trace::PrimitiveStateIn::kKeptWaiters;
  prim_record(rec, s, op, st);
}

std::string explain_acquire(Object* owner, Task*) {
  Semaphore* s = as_sem(owner);
  if (s->value > 0) return "the semaphore has a free slot, but no task will run to take it";
  return "its value is 0 and no task can release it any more";
}

const WaitKind kSemaphoreAcquire{"Semaphore.acquire()", trace::ObjKind::Semaphore, explain_acquire};

// CPython: Semaphore._wake_up_next.
void wake_up_next(Semaphore* s) {
  for (const Waiter& w : s->waiters) {
    if (!w.fut->done()) {
      --s->value;
      future_set_result(w.fut.get(), True_);
      return;
    }
  }
}

Value sem_py_new(Type* t, Args) {
  return alloc_instance<Semaphore>(t);
}

// CPython: Semaphore.__init__(value=1) and BoundedSemaphore.__init__(value=1).
void sem_py_init(Object* self, Args a) {
  Semaphore* s = as_sem(self);
  const bool bounded = is_instance(self, bounded_semaphore_type);
  Object* value = nullptr;
  bind_init_args(a, bounded ? "BoundedSemaphore.__init__" : "Semaphore.__init__", {"value"},
                 &value);
  int64_t v = 1;
  if (value) {
    Value zero = int_from(int64_t(0));
    if (compare_bool(value, zero.get(), CmpOp::Lt))
      raise(exc::ValueError, "Semaphore initial value must be >= 0");
    v = index_as_int64(value);
  }
  s->bounded = bounded;
  s->bound = v;
  s->value = v;
  s->waiters.clear();
  prim_init_identity(s, bounded ? PrimKind::BoundedSemaphore : PrimKind::Semaphore);
}

// CPython: Semaphore.__repr__.
Value sem_repr(Object* self) {
  Semaphore* s = as_sem(self);
  std::string extra =
      semaphore_locked(s) ? "locked" : "unlocked, value:" + std::to_string(s->value);
  if (!s->waiters.empty()) extra += ", waiters:" + std::to_string(s->waiters.size());
  return str_from(prim_repr(self, extra));
}

Value m_locked(Object* self, Args a) {
  check_no_args(a, "locked");
  return bool_obj(semaphore_locked(as_sem(self)));
}

Value m_acquire(Object* self, Args a) {
  check_no_args(a, "acquire");
  return native_coro(semaphore_acquire_body(Ref<Semaphore>(as_sem(self))), "Semaphore.acquire");
}

Value m_release(Object* self, Args a) {
  check_no_args(a, "release");
  semaphore_release(as_sem(self));
  return none();
}

Value get_value(Object* self) {
  return int_from(as_sem(self)->value);
}
Value get_bound_value(Object* self) {
  return int_from(as_sem(self)->bound);
}

}  // namespace

bool semaphore_locked(Semaphore* s) {
  if (s->value == 0) return true;
  for (const Waiter& w : s->waiters) {
    if (w.fut->state != FutState::Cancelled) return true;
  }
  return false;
}

// CPython: Semaphore.acquire.
Coro semaphore_acquire_body(Ref<Semaphore> s) {
  if (!semaphore_locked(s.get())) {
    --s->value;
    trace_op(s.get(), "acquire");
    co_return Value(True_);
  }
  Ref<Future> fut = prim_park(s.get(), s->waiters, &kSemaphoreAcquire, "acquire");
  trace_op(s.get(), "acquire (waits)");
  // The waiter leaves the queue before the CancelledError handling, so that _wake_up_next
  // never picks the cancelled waiter itself.
  try {
    co_await await_object(fut.get());
  } catch (PyException& e) {
    waiters_remove(s->waiters, fut.get());
    if (is_cancelled_error(e.exc.get())) {
      if (fut->state != FutState::Cancelled) {
        // Woken (the value was decremented for us) and then cancelled: pass the slot on.
        ++s->value;
        wake_up_next(s.get());
      }
      trace_op(s.get(), "acquire cancelled");
    }
    throw;
  }
  waiters_remove(s->waiters, fut.get());
  if (s->value > 0) wake_up_next(s.get());
  trace_op(s.get(), "acquire");
  co_return Value(True_);
}

// CPython: Semaphore.release and BoundedSemaphore.release.
void semaphore_release(Semaphore* s) {
  if (s->bounded && s->value >= s->bound)
    raise(exc::ValueError, "BoundedSemaphore released too many times");
  ++s->value;
  wake_up_next(s);
  trace_op(s, "release");
}

void init_semaphore_types() {
  if (semaphore_type) return;
  Type* t = new_builtin_type("Semaphore", object_type);
  t->module = "asyncio.locks";
  t->dict_offset = with_dict_offset<Semaphore>();
  t->new_instance = sem_py_new;
  t->init = sem_py_init;
  t->repr = sem_repr;
  add_method(t, "locked", m_locked);
  add_method(t, "acquire", m_acquire);
  add_method(t, "release", m_release);
  add_method(t, "__aenter__", cm_aenter);
  add_method(t, "__aexit__", cm_aexit);
  add_getset(t, "_value", get_value);
  t->ready();
  semaphore_type = t;

  Type* b = new_builtin_type("BoundedSemaphore", semaphore_type);
  b->module = "asyncio.locks";
  b->dict_offset = with_dict_offset<Semaphore>();
  add_getset(b, "_bound_value", get_bound_value);
  b->ready();
  bounded_semaphore_type = b;
}

}  // namespace al
