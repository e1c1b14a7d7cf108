// The task-level functions of asyncio (CPython: Lib/asyncio/tasks.py, coroutines.py,
// futures.py): sleep, ensure_future, create_task, shield and the helpers they share.
//
// Index
//   1. Shared callbacks (_release_waiter, _set_result_unless_cancelled)
//   2. sleep
//   3. ensure_future, create_task, iscoroutinefunction, isawaitable
//   4. shield
#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/tracing.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/int.h"
#include "engine/runtime/method.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/code.h"
#include "engine/vm/function.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Shared callbacks
// ---------------------------------------------------------------------------------------------

namespace {

void release_waiter(Object* waiter, Object*) {
  if (!fut_done(waiter)) {
    if (is_future(waiter)) {
      future_set_result(static_cast<Future*>(waiter), None);
    } else {
      call_method(waiter, "set_result", {None});
    }
  }
}

void set_result_unless_cancelled(Object* fut, Object* result) {
  if (fut_cancelled(fut)) return;
  if (is_future(fut)) {
    future_set_result(static_cast<Future*>(fut), result ? result : None);
  } else {
    call_method(fut, "set_result", {result ? result : None});
  }
}

}  // namespace

const NativeCallback kReleaseWaiter{release_waiter, "_release_waiter", nullptr};
const NativeCallback kSetResultUnlessCancelled{set_result_unless_cancelled,
                                               "_set_result_unless_cancelled", nullptr};

// ---------------------------------------------------------------------------------------------
// 2. sleep (CPython: tasks.sleep and __sleep0)
// ---------------------------------------------------------------------------------------------

namespace {

const WaitKind kSleepWait{"sleep()", trace::ObjKind::Sleep, nullptr};

Coro sleep_body(Value delay, Value result) {
  Value zero = int_from(0);
  if (compare_bool(delay.get(), zero.get(), CmpOp::Le)) {
    co_await bare_yield();
    co_return result;
  }
  EventLoop* loop = asyncio_get_running_loop();
  Ref<Future> future = future_new(loop, &kSleepWait);
  if (delay.get() == None) raise(exc::TypeError, "delay must not be None");
  Value when = binary_op(float_from(loop->time()).get(), delay.get(), BinOp::Add);
  double w = float_as_double(when.get());
  Ref<Handle> h = loop->call_at_native(w, &kSetResultUnlessCancelled, future.get(), result.get());
  if (trace::Recorder* rec = active_tracer()) {
    const trace::StrId label = rec->intern("sleep(" + repr(delay.get())->s + ")");
    future->set_trace_label(uint32_t(label));
    h->trace_label = uint32_t(label);
    if (Task* t = current_task(loop)) h->trace_owner = t->trace_task;
    rec->timer_scheduled(h->trace_id, w, label, current_pos());
  }
  Value r;
  try {
    r = co_await await_object(future.get());
  } catch (...) {
    h->cancel();
    throw;
  }
  h->cancel();
  co_return r;
}

}  // namespace

Value py_sleep(Object*, Args a) {
  Object* out[2];
  bind_args(a, "sleep", {"delay", "result"}, 1, out);
  return native_coro(sleep_body(Value(out[0]), Value(out[1] ? out[1] : None)), "sleep");
}

// ---------------------------------------------------------------------------------------------
// 3. ensure_future, create_task, iscoroutinefunction, isawaitable
// ---------------------------------------------------------------------------------------------

namespace {

// CPython: tasks._wrap_awaitable: `return (yield from awaitable.__await__())`.
Coro wrap_awaitable_body(Value awaitable) {
  Value r = co_await await_object(awaitable.get());
  co_return r;
}

}  // namespace

// CPython: inspect.isawaitable (a coroutine, or a class with __await__).
bool isawaitable(Object* o) {
  if (o->type == coroutine_type || is_native_coro(o)) return true;
  return o->type->await != nullptr || o->type->lookup(dunder::await) != nullptr;
}

// CPython: inspect.iscoroutinefunction: bound methods and functools.partial are unwrapped.
bool iscoroutinefunction(Object* f) {
  Value fn(f);
  for (int guard = 0; guard < 100; ++guard) {
    if (fn->type == method_type) {
      fn = Value(static_cast<Method*>(fn.get())->func.get());
    } else if (fn->type->name == "partial" || fn->type->name == "functools.partial") {
      fn = getattr(fn.get(), "func");
    } else {
      break;
    }
  }
  return fn->type == function_type &&
         (static_cast<Function*>(fn.get())->code->flags & CO_COROUTINE);
}

Value loop_create_task(EventLoop* loop, Object* coro, Object* name, Object* context) {
  loop->check_closed();
  if (!loop->task_factory) return task_new(loop, coro, name, context);
  Value task;
  if (!context || context == None) {
    task = call(loop->task_factory.get(), {loop, coro});
  } else {
    Ref<Dict> kw = dict_new();
    dict_set_str(kw.get(), "context", context);
    Object* pos[] = {loop, coro};
    task = call_kw(loop->task_factory.get(), pos, kw.get());
  }
  if (name && name != None) {
    Value set_name = getattr_opt(task.get(), intern("set_name"));
    if (set_name) call(set_name.get(), {name});
  }
  return task;
}

Value ensure_future(Object* x, EventLoop* loop) {
  if (isfuture(x)) {
    if (loop && loop != future_get_loop(x)) {
      raise(exc::ValueError,
            "The future belongs to a different loop than the one specified as the loop argument");
    }
    return Value(x);
  }
  Value coro(x);
  bool wrapped = false;
  if (!asyncio_iscoroutine(x)) {
    if (!isawaitable(x))
      raise(exc::TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    coro = native_coro(wrap_awaitable_body(Value(x)), "_wrap_awaitable");
    wrapped = true;
  }
  if (!loop) loop = asyncio_get_event_loop();
  try {
    return loop_create_task(loop, coro.get());
  } catch (PyException& e) {
    if (!wrapped && exception_matches(e.exc.get(), exc::RuntimeError)) {
      call_method(coro.get(), "close", {});
    }
    throw;
  }
}

Value asyncio_create_task(Object* coro, Object* name, Object* context) {
  EventLoop* loop = asyncio_get_running_loop();
  if (name && name != None && !loop->task_factory) {
    // 3.11 creates the task unnamed (taking a Task-N number), then renames it; the trace
    // gets the final name from the start.
    ++aio().task_name_counter;
    return loop_create_task(loop, coro, name, context);
  }
  Value task = loop_create_task(loop, coro, nullptr, context);
  if (name && name != None) {
    Value set_name = getattr_opt(task.get(), intern("set_name"));
    if (set_name) call(set_name.get(), {name});
  }
  return task;
}

// ---------------------------------------------------------------------------------------------
// 4. shield (CPython: tasks.shield)
// ---------------------------------------------------------------------------------------------

namespace {

// The pair of futures shield links; both callbacks point at it.
struct ShieldLink : Object {
  Value inner;
  Value outer;
  explicit ShieldLink(Type* t) : Object(t) {}
};

Type* shield_link_type() {
  static Type* t = [] {
    Type* ty = new_builtin_type("_ShieldLink", object_type);
    ty->allows_subclass = false;
    ty->ready();
    return ty;
  }();
  return t;
}

void inner_done(Object* self, Object* inner);
void outer_done(Object* self, Object* outer);
const NativeCallback kInnerDone{inner_done, "shield.<locals>._inner_done_callback", nullptr};
const NativeCallback kOuterDone{outer_done, "shield.<locals>._outer_done_callback", nullptr};

void inner_done(Object* self, Object* inner) {
  auto* link = static_cast<ShieldLink*>(self);
  auto* outer = static_cast<Future*>(link->outer.get());
  if (outer->state == FutState::Cancelled) {
    // Mark inner's result as retrieved.
    if (!fut_cancelled(inner)) fut_exception(inner);
    return;
  }
  if (fut_cancelled(inner)) {
    future_cancel(outer);
  } else {
    Value exc = fut_exception(inner);
    if (exc.get() != None) {
      future_set_exception(outer, exc.get());
    } else {
      Value r = fut_result(inner);
      future_set_result(outer, r.get());
    }
  }
}

void outer_done(Object* self, Object*) {
  auto* link = static_cast<ShieldLink*>(self);
  Object* inner = link->inner.get();
  if (!fut_done(inner)) {
    if (is_future(inner)) {
      future_remove_native_callback(static_cast<Future*>(inner), &kInnerDone, self);
    }
  }
}

}  // namespace

Value shield(Object* arg) {
  Value inner = ensure_future(arg, nullptr);
  if (fut_done(inner.get())) return inner;
  EventLoop* loop = future_get_loop(inner.get());
  Ref<Future> outer = future_new(loop);
  auto link = make<ShieldLink>(shield_link_type());
  link->inner = inner;
  link->outer = outer;
  if (is_future(inner.get())) {
    future_add_native_callback(static_cast<Future*>(inner.get()), &kInnerDone, link.get());
  } else {
    raise(exc::TypeError, "shield() of a non-asyncio future is not supported");
  }
  future_add_native_callback(outer.get(), &kOuterDone, link.get());
  return outer;
}

Value py_shield(Object*, Args a) {
  check_one_arg(a, "shield");
  return shield(a[0]);
}

}  // namespace al
