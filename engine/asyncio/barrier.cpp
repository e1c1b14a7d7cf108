// asyncio.Barrier (CPython 3.11: Lib/asyncio/locks.py).
#include "engine/asyncio/barrier.h"

#include <string_view>

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

Type* barrier_type = nullptr;

namespace {

Barrier* as_barrier(Object* o) {
  return static_cast<Barrier*>(o);
}

const char* state_value(BarrierState s) {
  switch (s) {
    case BarrierState::Filling:
      return "filling";
    case BarrierState::Draining:
      return "draining";
    case BarrierState::Resetting:
      return "resetting";
    case BarrierState::Broken:
      return "broken";
  }
  return "filling";
}

// CPython: Barrier.n_waiting.
int64_t n_waiting(Barrier* b) {
  return b->state == BarrierState::Filling ? b->count : 0;
}

void trace_op(Barrier* b, const char* op) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return;
  PrimState s;
  s.value = double(n_waiting(b));
  s.capacity = uint32_t(b->parties);
  s.items.push_back(state_value(b->state));
  // The recorder keeps the waiter list from the inner Condition's parks (shown on the
  // Barrier) and the wake-ups.
  s.kept = trace::PrimitiveStateIn::kKeptWaiters;
  prim_record(rec, b, op, s);
}

// The inner Condition's park is recorded as the Barrier's "wait (waits)", with the new waiter
// listed; its other operations are the Barrier's own business.
void report_cond_op(Primitive* owner, const char* op) {
  if (std::string_view(op) == "wait (waits)") trace_op(static_cast<Barrier*>(owner), op);
}

std::string explain_wait(Object* owner, Task*) {
  Barrier* b = as_barrier(owner);
  if (b->state == BarrierState::Filling) {
    return std::to_string(b->count) + " of " + std::to_string(b->parties) +
           " parties are waiting and no other task can arrive any more";
  }
  return std::string("the barrier is ") + state_value(b->state) +
         " and no task can move it on any more";
}

const WaitKind kBarrierWait{"Barrier.wait()", trace::ObjKind::Barrier, explain_wait};

[[noreturn]] void raise_broken(const char* message) {
  raise(aio().BrokenBarrierError, message);
}

// CPython: `await self._cond.wait_for(predicate)`, the waits reported on the Barrier.
Coro wait_until(Ref<Barrier> b, bool (*predicate)(Barrier*)) {
  while (!predicate(b.get())) {
    co_await await_coro(condition_wait_body(b->cond, &kBarrierWait, b.get()), "Condition.wait");
  }
  co_return none();
}

bool not_draining_or_resetting(Barrier* b) {
  return b->state != BarrierState::Draining && b->state != BarrierState::Resetting;
}

bool not_filling(Barrier* b) {
  return b->state != BarrierState::Filling;
}

// CPython: Barrier._exit: the last task out lets a new round fill.
void exit_barrier(Barrier* b) {
  if (b->count == 0) {
    if (b->state == BarrierState::Resetting || b->state == BarrierState::Draining)
      b->state = BarrierState::Filling;
    condition_notify_all(b->cond.get());
  }
}

// `async with self._cond:` around a body that does not await: reset() and abort().
Coro locked_update(Ref<Barrier> b, void (*update)(Barrier*), const char* op) {
  Value lock = b->cond->lock;
  co_await await_object(lock_acquire_awaitable(lock.get()).get());
  try {
    update(b.get());
  } catch (PyException&) {
    lock_call_release(lock.get());
    throw;
  }
  trace_op(b.get(), op);
  lock_call_release(lock.get());
  co_return none();
}

// CPython: Barrier.reset's body.
void do_reset(Barrier* b) {
  if (b->count > 0) {
    if (b->state != BarrierState::Resetting) b->state = BarrierState::Resetting;
  } else {
    b->state = BarrierState::Filling;
  }
  condition_notify_all(b->cond.get());
}

// CPython: Barrier.abort's body.
void do_abort(Barrier* b) {
  b->state = BarrierState::Broken;
  condition_notify_all(b->cond.get());
}

// Usable even when a subclass's __init__ never calls Barrier.__init__.
Value barrier_py_new(Type* t, Args) {
  Ref<Barrier> b = alloc_instance<Barrier>(t);
  b->cond = condition_new_internal();
  return b;
}

// CPython: Barrier.__init__(parties).
void barrier_py_init(Object* self, Args a) {
  Object* parties = nullptr;
  bind_init_args(a, "Barrier.__init__", {"parties"}, &parties);
  if (!parties)
    raise(exc::TypeError, "Barrier.__init__() missing 1 required positional argument: 'parties'");
  Value one = int_from(int64_t(1));
  if (compare_bool(parties, one.get(), CmpOp::Lt)) raise(exc::ValueError, "parties must be > 0");
  Barrier* b = as_barrier(self);
  b->cond = condition_new_internal();
  b->cond->reported_by = b;
  b->cond->report = report_cond_op;
  b->parties = index_as_int64(parties);
  b->state = BarrierState::Filling;
  b->count = 0;
  prim_init_identity(b, PrimKind::Barrier);
}

// CPython: Barrier.__repr__.
Value barrier_repr(Object* self) {
  Barrier* b = as_barrier(self);
  std::string extra = state_value(b->state);
  if (b->state != BarrierState::Broken) {
    extra += ", waiters:" + std::to_string(n_waiting(b)) + "/" + std::to_string(b->parties);
  }
  return str_from(prim_repr(self, extra));
}

Value m_wait(Object* self, Args a) {
  check_no_args(a, "wait");
  return native_coro(barrier_wait_body(Ref<Barrier>(as_barrier(self))), "Barrier.wait");
}

Value m_aexit(Object*, Args) {
  return native_coro([]() -> Coro { co_return none(); }(), "Barrier.__aexit__");
}

Value m_reset(Object* self, Args a) {
  check_no_args(a, "reset");
  return native_coro(locked_update(Ref<Barrier>(as_barrier(self)), do_reset, "reset"),
                     "Barrier.reset");
}

Value m_abort(Object* self, Args a) {
  check_no_args(a, "abort");
  return native_coro(locked_update(Ref<Barrier>(as_barrier(self)), do_abort, "abort"),
                     "Barrier.abort");
}

Value get_parties(Object* self) {
  return int_from(as_barrier(self)->parties);
}
Value get_n_waiting(Object* self) {
  return int_from(n_waiting(as_barrier(self)));
}
Value get_broken(Object* self) {
  return bool_obj(as_barrier(self)->state == BarrierState::Broken);
}

}  // namespace

// CPython: Barrier.wait, with _block, _release, _wait and _exit.
Coro barrier_wait_body(Ref<Barrier> b) {
  Value lock = b->cond->lock;
  co_await await_object(lock_acquire_awaitable(lock.get()).get());
  int64_t index = 0;
  try {
    // _block: wait while the barrier drains or resets, fail if it is broken.
    co_await await_coro(wait_until(b, not_draining_or_resetting), "Condition.wait_for");
    if (b->state == BarrierState::Broken) raise_broken("Barrier aborted");
    index = b->count++;
    try {
      if (index + 1 == b->parties) {
        // _release: the last party lets everyone go.
        b->state = BarrierState::Draining;
        condition_notify_all(b->cond.get());
        trace_op(b.get(), "wait (releases)");
      } else {
        co_await await_coro(wait_until(b, not_filling), "Condition.wait_for");
        if (b->state == BarrierState::Broken || b->state == BarrierState::Resetting) {
          raise_broken("Abort or reset of barrier");
        }
      }
    } catch (PyException& e) {
      --b->count;
      exit_barrier(b.get());
      trace_op(b.get(), is_cancelled_error(e.exc.get()) ? "wait cancelled" : "wait failed");
      throw;
    }
    --b->count;
    exit_barrier(b.get());
    trace_op(b.get(), "wait");
  } catch (PyException&) {
    lock_call_release(lock.get());
    throw;
  }
  lock_call_release(lock.get());
  co_return int_from(index);
}

void init_barrier_type() {
  if (barrier_type) return;
  init_condition_type();
  Type* t = new_builtin_type("Barrier", object_type);
  t->module = "asyncio.locks";
  t->dict_offset = with_dict_offset<Barrier>();
  t->new_instance = barrier_py_new;
  t->init = barrier_py_init;
  t->repr = barrier_repr;
  add_method(t, "wait", m_wait);
  add_method(t, "__aenter__", m_wait);
  add_method(t, "__aexit__", m_aexit);
  add_method(t, "reset", m_reset);
  add_method(t, "abort", m_abort);
  add_getset(t, "parties", get_parties);
  add_getset(t, "n_waiting", get_n_waiting);
  add_getset(t, "broken", get_broken);
  t->ready();
  barrier_type = t;
}

}  // namespace al
