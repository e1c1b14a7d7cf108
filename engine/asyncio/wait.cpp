// asyncio.wait, wait_for and as_completed (CPython 3.11: Lib/asyncio/tasks.py).
//
// Index
//   1. _cancel_and_wait
//   2. wait / _wait
//   3. wait_for
//   4. as_completed (its result queue and iterator)
#include <deque>
#include <vector>

#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/tracing.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/set.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

// loop.call_later(delay, native, self, arg) with CPython's `time() + delay` arithmetic.
Ref<Handle> call_later_native(EventLoop* loop, Object* delay, const NativeCallback* cb,
                              Object* self, Object* arg, const char* label) {
  Value when = binary_op(float_from(loop->time()).get(), delay, BinOp::Add);
  const double w = float_as_double(when.get());
  Ref<Handle> h = loop->call_at_native(w, cb, self, arg);
  if (trace::Recorder* rec = active_tracer()) {
    const trace::StrId l = rec->intern(label);
    h->trace_label = uint32_t(l);
    if (Task* t = current_task(loop)) h->trace_owner = t->trace_task;
    rec->timer_scheduled(h->trace_id, w, l, current_pos());
  }
  return h;
}

void add_native_or_python_callback(Object* fut, const NativeCallback* cb, Object* self) {
  if (is_future(fut)) {
    future_add_native_callback(static_cast<Future*>(fut), cb, self);
    return;
  }
  Value fn = native_callback_object(cb, self);
  call_method(fut, "add_done_callback", {fn.get()});
}

void remove_native_callback(Object* fut, const NativeCallback* cb, Object* self) {
  if (is_future(fut)) future_remove_native_callback(static_cast<Future*>(fut), cb, self);
}

bool cancel_any(Object* fut) {
  if (is_task(fut)) return task_cancel(static_cast<Task*>(fut));
  if (is_exactly(fut, future_type)) return future_cancel(static_cast<Future*>(fut));
  return truthy(call_method(fut, "cancel", {}).get());
}

// ---------------------------------------------------------------------------------------------
// 1. _cancel_and_wait
// ---------------------------------------------------------------------------------------------

const WaitKind kCancelAndWait{"_cancel_and_wait()", trace::ObjKind::Future, nullptr};

// CPython: tasks._cancel_and_wait: cancel fut and wait until it completes.
Coro cancel_and_wait(Value fut, EventLoop* loop) {
  Ref<Future> waiter = future_new(loop, &kCancelAndWait);
  add_native_or_python_callback(fut.get(), &kReleaseWaiter, waiter.get());
  try {
    cancel_any(fut.get());
    co_await await_object(waiter.get());
  } catch (...) {
    remove_native_callback(fut.get(), &kReleaseWaiter, waiter.get());
    throw;
  }
  remove_native_callback(fut.get(), &kReleaseWaiter, waiter.get());
  co_return none();
}

// ---------------------------------------------------------------------------------------------
// 2. wait
// ---------------------------------------------------------------------------------------------

enum class ReturnWhen { FirstCompleted, FirstException, AllCompleted };

// The closure state of _wait's _on_completion.
struct WaitState : Object {
  Ref<Future> waiter;
  Ref<Handle> timeout_handle;
  int64_t counter = 0;
  ReturnWhen return_when = ReturnWhen::AllCompleted;
  explicit WaitState(Type* t) : Object(t) {}
};

Type* wait_state_type() {
  static Type* t = [] {
    Type* ty = new_builtin_type("_WaitState", object_type);
    ty->allows_subclass = false;
    ty->ready();
    return ty;
  }();
  return t;
}

// CPython: _wait.<locals>._on_completion.
void on_completion(Object* self, Object* f) {
  auto* st = static_cast<WaitState*>(self);
  --st->counter;
  if (st->counter <= 0 || st->return_when == ReturnWhen::FirstCompleted ||
      (st->return_when == ReturnWhen::FirstException && !fut_cancelled(f) &&
       fut_exception(f).get() != None)) {
    if (st->timeout_handle) st->timeout_handle->cancel();
    if (!st->waiter->done()) future_set_result(st->waiter.get(), None);
  }
}

const NativeCallback kOnCompletion{on_completion, "_wait.<locals>._on_completion", nullptr};
const WaitKind kWaitWaiter{"wait()", trace::ObjKind::Future, nullptr};

Coro wait_body(std::vector<Value> fs, Value timeout, ReturnWhen return_when, EventLoop* loop) {
  auto st = make<WaitState>(wait_state_type());
  st->waiter = future_new(loop, &kWaitWaiter);
  st->return_when = return_when;
  if (timeout.get() != None) {
    st->timeout_handle = call_later_native(loop, timeout.get(), &kReleaseWaiter, st->waiter.get(),
                                           nullptr, "wait() timeout");
  }
  st->counter = int64_t(fs.size());
  for (const Value& f : fs) add_native_or_python_callback(f.get(), &kOnCompletion, st.get());
  try {
    co_await await_object(st->waiter.get());
  } catch (...) {
    if (st->timeout_handle) st->timeout_handle->cancel();
    for (const Value& f : fs) remove_native_callback(f.get(), &kOnCompletion, st.get());
    throw;
  }
  if (st->timeout_handle) st->timeout_handle->cancel();
  for (const Value& f : fs) remove_native_callback(f.get(), &kOnCompletion, st.get());
  Ref<Set> done = set_new();
  Ref<Set> pending = set_new();
  for (const Value& f : fs) set_add(fut_done(f.get()) ? done.get() : pending.get(), f.get());
  co_return tuple_from({done.get(), pending.get()});
}

// ---------------------------------------------------------------------------------------------
// 3. wait_for
// ---------------------------------------------------------------------------------------------

const WaitKind kWaitForWaiter{"wait_for()", trace::ObjKind::Future, nullptr};

Value timeout_error_from(Object* cause) {
  Value e = call(exc::TimeoutError, std::initializer_list<Object*>{});
  BaseExceptionObject* eo = as_exception(e.get());
  eo->cause = Value(cause);
  eo->context = Value(cause);
  eo->suppress_context = true;
  return e;
}

Coro wait_for_body(Value fut, Value timeout) {
  EventLoop* loop = asyncio_get_running_loop();
  if (timeout.get() == None) {
    Value r = co_await await_object(fut.get());
    co_return r;
  }
  Value zero = int_from(0);
  if (compare_bool(timeout.get(), zero.get(), CmpOp::Le)) {
    fut = ensure_future(fut.get(), loop);
    if (fut_done(fut.get())) co_return fut_result(fut.get());
    co_await await_coro(cancel_and_wait(fut, loop), "_cancel_and_wait");
    Value cancelled;
    try {
      co_return fut_result(fut.get());
    } catch (PyException& e) {
      if (!is_cancelled_error(e.exc.get())) throw;
      cancelled = std::move(e.exc);
    }
    raise(timeout_error_from(cancelled.get()));
  }

  Ref<Future> waiter = future_new(loop, &kWaitForWaiter);
  Ref<Handle> timeout_handle = call_later_native(loop, timeout.get(), &kReleaseWaiter, waiter.get(),
                                                 nullptr, "wait_for() timeout");
  fut = ensure_future(fut.get(), loop);
  add_native_or_python_callback(fut.get(), &kReleaseWaiter, waiter.get());

  // try/finally: timeout_handle.cancel() on every way out.
  struct CancelOnExit {
    Ref<Handle> h;
    ~CancelOnExit() { h->cancel(); }
  } finally{timeout_handle};

  Value cancelled;
  try {
    co_await await_object(waiter.get());
  } catch (PyException& e) {
    if (!is_cancelled_error(e.exc.get())) throw;
    cancelled = std::move(e.exc);
  }
  if (cancelled) {
    if (fut_done(fut.get())) co_return fut_result(fut.get());
    remove_native_callback(fut.get(), &kReleaseWaiter, waiter.get());
    co_await await_coro(cancel_and_wait(fut, loop), "_cancel_and_wait");
    raise(cancelled);
  }
  if (fut_done(fut.get())) co_return fut_result(fut.get());
  remove_native_callback(fut.get(), &kReleaseWaiter, waiter.get());
  co_await await_coro(cancel_and_wait(fut, loop), "_cancel_and_wait");
  Value inner_cancel;
  try {
    co_return fut_result(fut.get());
  } catch (PyException& e) {
    if (!is_cancelled_error(e.exc.get())) throw;
    inner_cancel = std::move(e.exc);
  }
  raise(timeout_error_from(inner_cancel.get()));
}

// ---------------------------------------------------------------------------------------------
// 4. as_completed
// ---------------------------------------------------------------------------------------------

// The state of one as_completed() call: CPython's `todo` set, `done` Queue and timeout.
struct AsCompleted : Object {
  std::vector<Value> todo;          // in the order the callbacks were added
  std::deque<Value> done;           // the Queue's items (None: timed out)
  std::deque<Ref<Future>> getters;  // the Queue's waiting getters
  Ref<Handle> timeout_handle;
  Value fs;  // the argument, consumed on the first next()
  Value timeout;
  int64_t remaining = -1;  // coroutines still to hand out (-1: not started)
  explicit AsCompleted(Type* t) : Object(t) {}
};

Type* as_completed_type = nullptr;

// CPython: Queue._wakeup_next.
void wakeup_next(AsCompleted* ac) {
  while (!ac->getters.empty()) {
    Ref<Future> w = ac->getters.front();
    ac->getters.pop_front();
    if (!w->done()) {
      future_set_result(w.get(), None);
      break;
    }
  }
}

void done_put_nowait(AsCompleted* ac, Object* item) {
  ac->done.emplace_back(item);
  wakeup_next(ac);
}

void on_completion_ac(Object* self, Object* f);
const NativeCallback kAsCompletedDone{on_completion_ac, "as_completed.<locals>._on_completion",
                                      nullptr};

// CPython: as_completed.<locals>._on_completion.
void on_completion_ac(Object* self, Object* f) {
  auto* ac = static_cast<AsCompleted*>(self);
  if (ac->todo.empty()) return;  // _on_timeout() was here first.
  for (auto it = ac->todo.begin(); it != ac->todo.end(); ++it) {
    if (it->get() == f) {
      ac->todo.erase(it);
      break;
    }
  }
  done_put_nowait(ac, f);
  if (ac->todo.empty() && ac->timeout_handle) ac->timeout_handle->cancel();
}

// CPython: as_completed.<locals>._on_timeout.
void on_timeout_ac(Object* self, Object*) {
  auto* ac = static_cast<AsCompleted*>(self);
  for (const Value& f : ac->todo) {
    remove_native_callback(f.get(), &kAsCompletedDone, ac);
    done_put_nowait(ac, None);
  }
  ac->todo.clear();
}

const NativeCallback kAsCompletedTimeout{on_timeout_ac, "as_completed.<locals>._on_timeout",
                                         nullptr};
const WaitKind kQueueGetWait{"Queue.get()", trace::ObjKind::Queue, nullptr};

// CPython: as_completed.<locals>._wait_for_one, with Queue.get inlined.
Coro wait_for_one(Ref<AsCompleted> ac) {
  while (ac->done.empty()) {
    Ref<Future> getter = future_new(asyncio_get_event_loop(), &kQueueGetWait);
    ac->getters.push_back(getter);
    try {
      co_await await_object(getter.get());
    } catch (...) {
      future_cancel(getter.get());
      for (auto it = ac->getters.begin(); it != ac->getters.end(); ++it) {
        if (it->get() == getter.get()) {
          ac->getters.erase(it);
          break;
        }
      }
      if (!ac->done.empty() && getter->state != FutState::Cancelled) wakeup_next(ac);
      throw;
    }
  }
  Value f = ac->done.front();
  ac->done.pop_front();
  if (f.get() == None) raise(call(exc::TimeoutError, std::initializer_list<Object*>{}));
  co_return fut_result(f.get());
}

Value ac_next(Object* self) {
  auto* ac = static_cast<AsCompleted*>(self);
  if (ac->remaining < 0) {
    // The generator body up to the first yield runs on the first next().
    EventLoop* loop = asyncio_get_event_loop();
    std::vector<Value> unique;
    for_each(ac->fs.get(), [&](Object* f) {
      for (const Value& u : unique) {
        if (u.get() == f) return;
      }
      unique.emplace_back(f);
    });
    for (const Value& f : unique) {
      Value fut = ensure_future(f.get(), loop);
      bool seen = false;
      for (const Value& t : ac->todo) seen |= t.get() == fut.get();
      if (!seen) ac->todo.push_back(fut);
    }
    ac->fs = nullptr;
    for (const Value& f : ac->todo) add_native_or_python_callback(f.get(), &kAsCompletedDone, ac);
    if (!ac->todo.empty() && ac->timeout.get() != None) {
      ac->timeout_handle = call_later_native(loop, ac->timeout.get(), &kAsCompletedTimeout, ac,
                                             nullptr, "as_completed() timeout");
    }
    ac->remaining = int64_t(ac->todo.size());
  }
  if (ac->remaining == 0) return nullptr;
  --ac->remaining;
  return native_coro(wait_for_one(Ref<AsCompleted>(ac)), "as_completed.<locals>._wait_for_one");
}

}  // namespace

Value py_wait(Object*, Args a) {
  Object* out[3];
  bind_args(a, "wait", {"fs", "timeout", "return_when"}, 1, out, 0, 1);
  Value fs(out[0]);
  Value timeout(out[1] ? out[1] : None);
  Value return_when(out[2] ? out[2] : static_cast<Object*>(str_from("ALL_COMPLETED").get()));
  return native_coro(
      [](Value fs, Value timeout, Value return_when) -> Coro {
        if (isfuture(fs.get()) || asyncio_iscoroutine(fs.get())) {
          raise(exc::TypeError, "expect a list of futures, not " + type_name(fs.get()));
        }
        if (!truthy(fs.get())) raise(exc::ValueError, "Set of Tasks/Futures is empty.");
        ReturnWhen rw;
        const std::string rws =
            is_instance(return_when.get(), str_type) ? static_cast<Str*>(return_when.get())->s : "";
        if (rws == "FIRST_COMPLETED") {
          rw = ReturnWhen::FirstCompleted;
        } else if (rws == "FIRST_EXCEPTION") {
          rw = ReturnWhen::FirstException;
        } else if (rws == "ALL_COMPLETED") {
          rw = ReturnWhen::AllCompleted;
        } else {
          raise(exc::ValueError, "Invalid return_when value: " + str(return_when.get())->s);
        }
        Ref<Set> set = set_new();
        set_update(set.get(), fs.get());
        std::vector<Value> items;
        set_for_each(set.get(), [&](Object* f) { items.emplace_back(f); });
        for (const Value& f : items) {
          if (asyncio_iscoroutine(f.get())) {
            raise_keeping(fs.get(), exc::TypeError,
                          "Passing coroutines is forbidden, use tasks explicitly.");
          }
        }
        EventLoop* loop = asyncio_get_running_loop();
        Value r = co_await await_coro(wait_body(std::move(items), timeout, rw, loop), "_wait");
        co_return r;
      }(fs, timeout, return_when),
      "wait");
}

Value py_wait_for(Object*, Args a) {
  Object* out[2];
  bind_args(a, "wait_for", {"fut", "timeout"}, 2, out);
  return native_coro(wait_for_body(Value(out[0]), Value(out[1])), "wait_for");
}

Value py_as_completed(Object*, Args a) {
  Object* out[2];
  bind_args(a, "as_completed", {"fs", "timeout"}, 1, out, 0, 1);
  if (isfuture(out[0]) || asyncio_iscoroutine(out[0])) {
    raise(exc::TypeError, "expect an iterable of futures, not " + type_name(out[0]));
  }
  init_wait_types();
  auto ac = make<AsCompleted>(as_completed_type);
  ac->fs = Value(out[0]);
  ac->timeout = Value(out[1] ? out[1] : None);
  return ac;
}

void init_wait_types() {
  if (as_completed_type) return;
  Type* t = new_builtin_type("generator", object_type);
  t->allows_subclass = false;
  t->iter = [](Object* self) { return Value(self); };
  t->next = ac_next;
  add_method(t, "__next__", [](Object* self, Args a) -> Value {
    check_no_args(a, "__next__");
    Value v = ac_next(self);
    if (!v) raise_stop_iteration(None);
    return v;
  });
  t->ready();
  as_completed_type = t;
}

}  // namespace al
