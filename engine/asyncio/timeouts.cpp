// asyncio.timeout / timeout_at and their Timeout context manager (CPython 3.11:
// Lib/asyncio/timeouts.py).
#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/tracing.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* timeout_type = nullptr;

namespace {

// CPython: timeouts._State (the values are what repr shows).
enum class TState { Created, Entered, Expiring, Expired, Exited };

const char* state_value(TState s) {
  switch (s) {
    case TState::Created:
      return "created";
    case TState::Entered:
      return "active";
    case TState::Expiring:
      return "expiring";
    case TState::Expired:
      return "expired";
    case TState::Exited:
      return "finished";
  }
  return "created";
}

struct Timeout : Object {
  TState state = TState::Created;
  Ref<Handle> timeout_handler;
  Ref<Task> task;
  Value when;  // float or None
  int cancelling = 0;
  explicit Timeout(Type* t) : Object(t) {}
};

Timeout* as_to(Object* o) {
  return static_cast<Timeout*>(o);
}

void on_timeout(Object* self, Object*) {
  Timeout* t = as_to(self);
  task_cancel(t->task.get());
  t->state = TState::Expiring;
  t->timeout_handler = nullptr;
}

const NativeCallback kOnTimeout{on_timeout, "Timeout._on_timeout", nullptr};

// CPython: Timeout.reschedule.
void reschedule(Timeout* t, Object* when) {
  if (t->state != TState::Entered) {
    if (t->state == TState::Created) raise(exc::RuntimeError, "Timeout has not been entered");
    raise(exc::RuntimeError,
          std::string("Cannot change state of ") + state_value(t->state) + " Timeout");
  }
  t->when = Value(when);
  if (t->timeout_handler) t->timeout_handler->cancel();
  if (when == None) {
    t->timeout_handler = nullptr;
    return;
  }
  EventLoop* loop = asyncio_get_running_loop();
  Value now = float_from(loop->time());
  if (compare_bool(when, now.get(), CmpOp::Le)) {
    t->timeout_handler = loop->call_soon_native(&kOnTimeout, t, nullptr);
  } else {
    const double w = float_as_double(when);
    t->timeout_handler = loop->call_at_native(w, &kOnTimeout, t, nullptr);
    if (trace::Recorder* rec = active_tracer()) {
      const trace::StrId label = rec->intern("timeout");
      t->timeout_handler->trace_label = uint32_t(label);
      t->timeout_handler->trace_owner = t->task->trace_task;
      rec->timer_scheduled(t->timeout_handler->trace_id, w, label, current_pos());
    }
  }
}

Value to_repr(Object* self) {
  Timeout* t = as_to(self);
  std::string info;
  if (t->state == TState::Entered) {
    std::string when = "None";
    if (t->when && t->when.get() != None)
      when = float_repr(float_round(float_as_double(t->when.get()), 3));
    info = " when=" + when;
  }
  return str_from(std::string("<Timeout [") + state_value(t->state) + "]" + info + ">");
}

Coro aenter_body(Ref<Timeout> t) {
  if (t->state != TState::Created) raise(exc::RuntimeError, "Timeout has already been entered");
  EventLoop* loop = asyncio_get_running_loop();
  Task* task = current_task(loop);
  if (!task) raise(exc::RuntimeError, "Timeout should be used inside a task");
  t->state = TState::Entered;
  t->task = Ref<Task>(task);
  t->cancelling = task->num_cancels_requested;
  reschedule(t.get(), t->when ? t->when.get() : None);
  co_return Value(t.get());
}

Coro aexit_body(Ref<Timeout> t, Value exc_type, Value exc_val) {
  if (t->timeout_handler) {
    t->timeout_handler->cancel();
    t->timeout_handler = nullptr;
  }
  if (t->state == TState::Expiring) {
    t->state = TState::Expired;
    Task* task = t->task.get();
    if (task->num_cancels_requested > 0) --task->num_cancels_requested;
    if (task->num_cancels_requested <= t->cancelling && exc_type.get() == aio().CancelledError) {
      // raise TimeoutError from exc_val
      Value e = call(exc::TimeoutError, std::initializer_list<Object*>{});
      BaseExceptionObject* eo = as_exception(e.get());
      eo->cause = exc_val;
      eo->context = exc_val;
      eo->suppress_context = true;
      raise(e);
    }
  } else if (t->state == TState::Entered) {
    t->state = TState::Exited;
  }
  co_return none();
}

Value to_aenter(Object* self, Args a) {
  check_no_args(a, "__aenter__");
  return native_coro(aenter_body(Ref<Timeout>(as_to(self))), "Timeout.__aenter__");
}

Value to_aexit(Object* self, Args a) {
  check_positional(a, "__aexit__", 3, 3);
  return native_coro(aexit_body(Ref<Timeout>(as_to(self)), Value(a[0]), Value(a[1])),
                     "Timeout.__aexit__");
}

Value to_when(Object* self, Args a) {
  check_no_args(a, "when");
  Timeout* t = as_to(self);
  return t->when ? t->when : none();
}

Value to_reschedule(Object* self, Args a) {
  check_one_arg(a, "reschedule");
  reschedule(as_to(self), a[0]);
  return none();
}

Value to_expired(Object* self, Args a) {
  check_no_args(a, "expired");
  TState s = as_to(self)->state;
  return bool_obj(s == TState::Expiring || s == TState::Expired);
}

Value make_timeout(Object* when) {
  init_timeout_type();
  auto t = make<Timeout>(timeout_type);
  t->when = Value(when);
  return t;
}

}  // namespace

Value py_timeout(Object*, Args a) {
  check_one_arg(a, "timeout");
  EventLoop* loop = asyncio_get_running_loop();
  if (a[0] == None) return make_timeout(None);
  Value when = binary_op(float_from(loop->time()).get(), a[0], BinOp::Add);
  return make_timeout(when.get());
}

Value py_timeout_at(Object*, Args a) {
  check_one_arg(a, "timeout_at");
  return make_timeout(a[0]);
}

void init_timeout_type() {
  if (timeout_type) return;
  Type* t = new_builtin_type("Timeout", object_type);
  t->module = "asyncio.timeouts";
  t->allows_subclass = false;
  t->repr = to_repr;
  add_method(t, "__aenter__", to_aenter);
  add_method(t, "__aexit__", to_aexit);
  add_method(t, "when", to_when);
  add_method(t, "reschedule", to_reschedule);
  add_method(t, "expired", to_expired);
  t->ready();
  timeout_type = t;
}

}  // namespace al
