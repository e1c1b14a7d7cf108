// asyncio.Condition (CPython 3.11: Lib/asyncio/locks.py).
#include "engine/asyncio/condition.h"

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

Type* condition_type = nullptr;

namespace {

Condition* as_cond(Object* o) {
  return static_cast<Condition*>(o);
}

void trace_op(Condition* c, const char* op) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return;
  PrimState s;
  if (is_exactly(c->lock.get(), lock_type)) {
    auto* l = static_cast<Lock*>(c->lock.get());
    s.value = l->locked ? 1 : 0;
    s.owner = l->locked ? l->holder.task : 0;
  }
  // The recorder keeps the waiter list from the parks and wake-ups (prim_park).
  s.kept = trace::PrimitiveStateIn::kKeptWaiters;
  prim_record(rec, c, op, s);
}

// The default lock's acquire/release, recorded as the Condition's own operations.
void report_lock_op(Primitive* owner, const char* op) {
  trace_op(static_cast<Condition*>(owner), op);
}

std::string explain_wait(Object*, Task*) {
  return "no task can notify this condition any more";
}

const WaitKind kConditionWait{"Condition.wait()", trace::ObjKind::Condition, explain_wait};

// A lock of its own, whose operations the trace shows as the Condition's.
void use_own_lock(Condition* c) {
  Ref<Lock> own = lock_new(false);
  own->reported_by = c;
  own->report = report_lock_op;
  c->lock = Value(own.get());
}

// Usable even when a subclass's __init__ never calls Condition.__init__.
Value cond_py_new(Type* t, Args) {
  Ref<Condition> c = alloc_instance<Condition>(t);
  use_own_lock(c.get());
  return c;
}

// CPython: Condition.__init__(lock=None).
void cond_py_init(Object* self, Args a) {
  Object* lock = nullptr;
  bind_init_args(a, "Condition.__init__", {"lock"}, &lock);
  Condition* c = as_cond(self);
  if (lock && lock != None) {
    c->lock = Value(lock);
  } else {
    use_own_lock(c);
  }
  c->waiters.clear();
  prim_init_identity(c, PrimKind::Condition);
}

// CPython: Condition.__repr__.
Value cond_repr(Object* self) {
  Condition* c = as_cond(self);
  std::string extra = lock_call_locked(c->lock.get()) ? "locked" : "unlocked";
  if (!c->waiters.empty()) extra += ", waiters:" + std::to_string(c->waiters.size());
  return str_from(prim_repr(self, extra));
}

// The lock's locked/acquire/release, which CPython's __init__ copies onto the instance.
Value m_locked(Object* self, Args a) {
  check_no_args(a, "locked");
  return bool_obj(lock_call_locked(as_cond(self)->lock.get()));
}

Value m_acquire(Object* self, Args a) {
  check_no_args(a, "acquire");
  return lock_acquire_awaitable(as_cond(self)->lock.get());
}

Value m_release(Object* self, Args a) {
  check_no_args(a, "release");
  lock_call_release(as_cond(self)->lock.get());
  return none();
}

Value m_wait(Object* self, Args a) {
  check_no_args(a, "wait");
  return native_coro(condition_wait_body(Ref<Condition>(as_cond(self))), "Condition.wait");
}

// CPython: Condition.wait_for.
Coro wait_for_body(Ref<Condition> c, Value predicate) {
  Value result = call(predicate.get(), {});
  while (!truthy(result.get())) {
    co_await await_coro(condition_wait_body(c), "Condition.wait");
    result = call(predicate.get(), {});
  }
  co_return result;
}

Value m_wait_for(Object* self, Args a) {
  Object* predicate = nullptr;
  bind_args(a, "wait_for", {"predicate"}, 1, &predicate);
  return native_coro(wait_for_body(Ref<Condition>(as_cond(self)), Value(predicate)),
                     "Condition.wait_for");
}

Value m_notify(Object* self, Args a) {
  Object* n = nullptr;
  bind_args(a, "notify", {"n"}, 0, &n);
  Value one;
  if (!n) {
    one = int_from(int64_t(1));
    n = one.get();
  }
  condition_notify(as_cond(self), n);
  return none();
}

Value m_notify_all(Object* self, Args a) {
  check_no_args(a, "notify_all");
  condition_notify_all(as_cond(self));
  return none();
}

}  // namespace

// CPython: Condition.wait.
Coro condition_wait_body(Ref<Condition> c, const WaitKind* kind, Primitive* shown) {
  if (!lock_call_locked(c->lock.get())) raise(exc::RuntimeError, "cannot wait on un-acquired lock");
  lock_call_release(c->lock.get());
  Value error;  // what the inner block raised, re-raised after the lock is held again
  try {
    Ref<Future> fut = prim_park(c.get(), c->waiters, kind ? kind : &kConditionWait, "wait", shown);
    trace_op(c.get(), "wait (waits)");
    try {
      co_await await_object(fut.get());
    } catch (PyException&) {
      waiters_remove(c->waiters, fut.get());
      throw;
    }
    waiters_remove(c->waiters, fut.get());
  } catch (PyException& e) {
    error = e.exc;
  }
  // Must reacquire the lock even if the wait is cancelled.
  bool cancelled = false;
  for (;;) {
    Value acquiring = lock_acquire_awaitable(c->lock.get());
    try {
      co_await await_object(acquiring.get());
      break;
    } catch (PyException& e) {
      if (!is_cancelled_error(e.exc.get())) throw;
      cancelled = true;
    }
  }
  trace_op(c.get(), error ? "wait interrupted" : "wait (woken)");
  if (cancelled) {
    Value ce = call(aio().CancelledError, std::initializer_list<Object*>{});
    if (error) as_exception(ce.get())->context = error;
    raise(ce);
  }
  if (error) raise(error);
  co_return Value(True_);
}

// CPython: Condition.notify.
void condition_notify(Condition* c, Object* n) {
  if (!lock_call_locked(c->lock.get()))
    raise(exc::RuntimeError, "cannot notify on un-acquired lock");
  int64_t limit = 0;
  const bool small = int_as_int64(n, limit);
  int64_t idx = 0;
  for (const Waiter& w : c->waiters) {
    if (small) {
      if (idx >= limit) break;
    } else {
      Value i = int_from(idx);
      if (compare_bool(i.get(), n, CmpOp::Ge)) break;
    }
    if (!w.fut->done()) {
      ++idx;
      future_set_result(w.fut.get(), False_);
    }
  }
  trace_op(c, "notify");
}

// CPython: Condition.notify_all: notify(len(self._waiters)).
void condition_notify_all(Condition* c) {
  Value n = int_from(int64_t(c->waiters.size()));
  condition_notify(c, n.get());
}

Ref<Condition> condition_new_internal() {
  init_condition_type();
  Ref<Condition> c = alloc_instance<Condition>(condition_type);
  c->lock = Value(lock_new(false).get());
  return c;
}

void init_condition_type() {
  if (condition_type) return;
  init_lock_type();
  Type* t = new_builtin_type("Condition", object_type);
  t->module = "asyncio.locks";
  t->dict_offset = with_dict_offset<Condition>();
  t->new_instance = cond_py_new;
  t->init = cond_py_init;
  t->repr = cond_repr;
  add_method(t, "locked", m_locked);
  add_method(t, "acquire", m_acquire);
  add_method(t, "release", m_release);
  add_method(t, "wait", m_wait);
  add_method(t, "wait_for", m_wait_for);
  add_method(t, "notify", m_notify);
  add_method(t, "notify_all", m_notify_all);
  add_method(t, "__aenter__", cm_aenter);
  add_method(t, "__aexit__", cm_aexit);
  t->ready();
  condition_type = t;
}

}  // namespace al
