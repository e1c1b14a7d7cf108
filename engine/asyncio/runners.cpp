// Running the loop: asyncio.run (CPython 3.11: Lib/asyncio/runners.py Runner), the loop
// methods that need Futures and Tasks (base_events.py create_future, create_task,
// run_until_complete, shutdown_asyncgens, shutdown_default_executor, task factories) and
// asyncio's async-generator hooks.
//
// Index
//   1. Async-generator hooks and the loop's generator list
//   2. run_until_complete
//   3. asyncio.run
//   4. Loop methods
#include <vector>

#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/native_coro.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/list.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/generator.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Async-generator hooks
// ---------------------------------------------------------------------------------------------
//
// CPython keeps the loop's async generators in a WeakSet; its finalizer hook runs the moment an
// unfinished generator is freed and schedules `create_task(agen.aclose())`. The runtime has no
// weak references, so the loop holds them strongly and notices that a generator became garbage
// (only the loop's reference is left) before the next callback is scheduled: since the hook only
// schedules, running it then keeps every callback in CPython's order.

namespace {

std::vector<Value>& loop_agens(EventLoop* loop) {
  // The list lives in a Python list stored on the loop (freed with it).
  if (!loop->asyncgens) loop->asyncgens = list_new();
  return static_cast<List*>(loop->asyncgens.get())->items;
}

bool agen_finished(Object* agen) {
  auto* g = static_cast<Generator*>(agen);
  return g->state == GenState::Completed || g->ag_closed;
}

void schedule_aclose(EventLoop* loop, Object* agen) {
  if (loop->closed) return;
  // CPython: self.call_soon_threadsafe(self.create_task, agen.aclose())
  Value aclose = call_method(agen, "aclose", {});
  Value create_task = getattr(loop, "create_task");
  Object* arg = aclose.get();
  loop->call_soon(create_task.get(), std::span<Object* const>(&arg, 1));
}

bool g_collecting = false;

// Drops generators nobody else references, scheduling aclose() for unfinished ones.
void collect_agens(EventLoop* loop) {
  if (g_collecting || !loop->asyncgens) return;
  std::vector<Value>& agens = loop_agens(loop);
  bool any = false;
  for (const Value& a : agens) any |= a->refcnt == 1;
  if (!any) return;
  g_collecting = true;
  std::vector<Value> dead;
  std::vector<Value> kept;
  for (Value& a : agens) (a->refcnt == 1 ? dead : kept).push_back(std::move(a));
  agens = std::move(kept);
  for (const Value& a : dead) {
    if (!agen_finished(a.get())) {
      // The generator will be closed through its aclose() task: no VM finalizer.
      static_cast<Generator*>(a.get())->ag_finalizer = nullptr;
      try {
        schedule_aclose(loop, a.get());
      } catch (PyException&) {
      }
    }
  }
  g_collecting = false;
}

Value firstiter_hook(Object* self, Args a) {
  check_one_arg(a, "_asyncgen_firstiter_hook");
  auto* loop = static_cast<EventLoop*>(self);
  // CPython warns (ResourceWarning, ignored by default) after shutdown_asyncgens().
  loop_agens(loop).emplace_back(a[0]);
  return none();
}

Value finalizer_hook(Object* self, Args a) {
  check_one_arg(a, "_asyncgen_finalizer_hook");
  auto* loop = static_cast<EventLoop*>(self);
  std::vector<Value>& agens = loop_agens(loop);
  for (auto it = agens.begin(); it != agens.end(); ++it) {
    if (it->get() == a[0]) {
      agens.erase(it);
      break;
    }
  }
  schedule_aclose(loop, a[0]);
  return none();
}

// CPython: run_forever swaps sys's asyncgen hooks for the loop's own while it runs.
void running_hook(EventLoop* loop, bool entering) {
  AsyncGenHooks& h = asyncgen_hooks();
  if (entering) {
    loop->saved_firstiter = h.firstiter;
    loop->saved_finalizer = h.finalizer;
    h.firstiter = make_builtin("_asyncgen_firstiter_hook", firstiter_hook, loop);
    h.finalizer = make_builtin("_asyncgen_finalizer_hook", finalizer_hook, loop);
  } else {
    h.firstiter = std::move(loop->saved_firstiter);
    h.finalizer = std::move(loop->saved_finalizer);
  }
}

}  // namespace

void asyncio_collect_asyncgens(EventLoop* loop) { collect_agens(loop); }

// ---------------------------------------------------------------------------------------------
// 2. run_until_complete
// ---------------------------------------------------------------------------------------------

namespace {

// CPython: base_events._run_until_complete_cb.
void run_until_complete_cb(Object*, Object* fut) {
  if (!fut_cancelled(fut)) {
    Value exc = fut_exception(fut);
    if (exc.get() != None && (exception_matches(exc.get(), exc::SystemExit) ||
                              exception_matches(exc.get(), exc::KeyboardInterrupt))) {
      return;
    }
  }
  future_get_loop(fut)->stop();
}

const NativeCallback kRunUntilCompleteCb{run_until_complete_cb, "_run_until_complete_cb", nullptr};

}  // namespace

Value run_until_complete(EventLoop* loop, Object* future) {
  Ref<EventLoop> keep(loop);
  loop->check_closed();
  loop->check_running();
  const bool new_task = !isfuture(future);
  Value fut = ensure_future(future, loop);
  if (new_task && is_task(fut.get())) static_cast<Task*>(fut.get())->log_destroy_pending = false;
  auto remove_cb = [&] {
    if (is_future(fut.get())) {
      future_remove_native_callback(static_cast<Future*>(fut.get()), &kRunUntilCompleteCb, None);
    }
  };
  if (is_future(fut.get())) {
    future_add_native_callback(static_cast<Future*>(fut.get()), &kRunUntilCompleteCb, None);
  } else {
    Value cb = make_builtin("_run_until_complete_cb", [](Object*, Args a) -> Value {
      check_one_arg(a, "_run_until_complete_cb");
      run_until_complete_cb(nullptr, a[0]);
      return none();
    });
    call_method(fut.get(), "add_done_callback", {cb.get()});
  }
  try {
    loop->run_forever();
  } catch (PyException&) {
    if (new_task && fut_done(fut.get()) && !fut_cancelled(fut.get())) {
      // The coroutine raised a BaseException: consume it so it is not logged.
      fut_exception(fut.get());
    }
    remove_cb();
    throw;
  }
  remove_cb();
  if (!fut_done(fut.get())) raise(exc::RuntimeError, "Event loop stopped before Future completed.");
  return fut_result(fut.get());
}

// ---------------------------------------------------------------------------------------------
// 3. asyncio.run
// ---------------------------------------------------------------------------------------------

namespace {

Coro shutdown_asyncgens_body(Ref<EventLoop> loop);
Coro shutdown_default_executor_body(Ref<EventLoop> loop);

// CPython: runners._cancel_all_tasks.
void cancel_all_tasks(EventLoop* loop) {
  std::vector<Ref<Task>> to_cancel = all_tasks(loop);
  if (to_cancel.empty()) return;
  for (const Ref<Task>& t : to_cancel) task_cancel(t.get());
  std::vector<Object*> items;
  for (const Ref<Task>& t : to_cancel) items.push_back(t.get());
  Value g = gather(items, true);
  run_until_complete(loop, g.get());
  for (const Ref<Task>& t : to_cancel) {
    if (t->state == FutState::Cancelled) continue;
    Value exc = future_exception(t.get());
    if (exc.get() != None) {
      Ref<Dict> ctx = dict_new();
      dict_set_str(ctx.get(), "message", str_from("unhandled exception during asyncio.run() shutdown").get());
      dict_set_str(ctx.get(), "exception", exc.get());
      dict_set_str(ctx.get(), "task", t.get());
      loop->call_exception_handler(ctx.get());
    }
  }
}

// CPython: Runner.close.
void runner_close(EventLoop* loop) {
  try {
    cancel_all_tasks(loop);
    Value agens = native_coro(shutdown_asyncgens_body(Ref<EventLoop>(loop)), "BaseEventLoop.shutdown_asyncgens");
    run_until_complete(loop, agens.get());
    Value ex = native_coro(shutdown_default_executor_body(Ref<EventLoop>(loop)),
                           "BaseEventLoop.shutdown_default_executor");
    run_until_complete(loop, ex.get());
  } catch (PyException&) {
    aio().event_loop = nullptr;
    loop->close();
    throw;
  }
  aio().event_loop = nullptr;
  loop->close();
}

}  // namespace

Value py_run(Object*, Args a) {
  Object* out[2];
  bind_args(a, "run", {"main", "debug"}, 1, out, 0, 1);
  if (running_loop()) raise(exc::RuntimeError, "asyncio.run() cannot be called from a running event loop");
  // Runner._lazy_init: a new loop, made the current one.
  Ref<EventLoop> loop = event_loop_new();
  aio().event_loop = loop;
  aio().event_loop_set_called = true;
  if (out[1] && out[1] != None) loop->debug = truthy(out[1]);
  Value result;
  try {
    if (!asyncio_iscoroutine(out[0])) raise(exc::ValueError, "a coroutine was expected, got " + repr(out[0])->s);
    Value task = loop_create_task(loop.get(), out[0]);
    result = run_until_complete(loop.get(), task.get());
  } catch (PyException&) {
    runner_close(loop.get());
    throw;
  }
  runner_close(loop.get());
  return result;
}

// ---------------------------------------------------------------------------------------------
// 4. Loop methods
// ---------------------------------------------------------------------------------------------

namespace {

EventLoop* as_loop(Object* o) { return static_cast<EventLoop*>(o); }

Coro shutdown_asyncgens_body(Ref<EventLoop> loop) {
  loop->asyncgens_shutdown_called = true;
  collect_agens(loop.get());
  if (!loop->asyncgens || loop_agens(loop.get()).empty()) co_return none();
  std::vector<Value> closing = std::move(loop_agens(loop.get()));
  loop_agens(loop.get()).clear();
  std::vector<Value> acloses;
  for (const Value& ag : closing) acloses.push_back(call_method(ag.get(), "aclose", {}));
  std::vector<Object*> items;
  for (const Value& c : acloses) items.push_back(c.get());
  Value g = gather(items, true);
  Value results = co_await await_object(g.get());
  auto* rl = static_cast<List*>(results.get());
  for (size_t i = 0; i < rl->items.size() && i < closing.size(); ++i) {
    Object* r = rl->items[i].get();
    if (exception_matches(r, exc::Exception)) {
      Ref<Dict> ctx = dict_new();
      dict_set_str(ctx.get(), "message",
                   str_from("an error occurred during closing of asynchronous generator " +
                            repr(closing[i].get())->s)
                       .get());
      dict_set_str(ctx.get(), "exception", r);
      dict_set_str(ctx.get(), "asyncgen", closing[i].get());
      loop->call_exception_handler(ctx.get());
    }
  }
  co_return none();
}

Coro shutdown_default_executor_body(Ref<EventLoop> loop) {
  loop->executor_shutdown_called = true;
  co_return none();
}

Value m_create_future(Object* self, Args a) {
  check_no_args(a, "create_future");
  return future_new(as_loop(self));
}

Value m_create_task(Object* self, Args a) {
  Object* out[3];
  bind_args(a, "create_task", {"coro", "name", "context"}, 1, out, 0, 1);
  return loop_create_task(as_loop(self), out[0], out[1], out[2]);
}

Value m_run_until_complete(Object* self, Args a) {
  check_one_arg(a, "run_until_complete");
  return run_until_complete(as_loop(self), a[0]);
}

Value m_shutdown_asyncgens(Object* self, Args a) {
  check_no_args(a, "shutdown_asyncgens");
  return native_coro(shutdown_asyncgens_body(Ref<EventLoop>(as_loop(self))), "BaseEventLoop.shutdown_asyncgens");
}

Value m_shutdown_default_executor(Object* self, Args a) {
  check_no_args(a, "shutdown_default_executor");
  return native_coro(shutdown_default_executor_body(Ref<EventLoop>(as_loop(self))),
                     "BaseEventLoop.shutdown_default_executor");
}

Value m_set_task_factory(Object* self, Args a) {
  check_one_arg(a, "set_task_factory");
  if (a[0] != None && !is_callable(a[0])) raise(exc::TypeError, "task factory must be a callable or None");
  as_loop(self)->task_factory = a[0] == None ? Value() : Value(a[0]);
  return none();
}

Value m_get_task_factory(Object* self, Args a) {
  check_no_args(a, "get_task_factory");
  EventLoop* l = as_loop(self);
  return l->task_factory ? l->task_factory : none();
}

}  // namespace

void init_loop_asyncio_methods() {
  static bool done = false;
  if (done) return;
  done = true;
  init_event_loop_type();
  g_loop_running_hook = running_hook;
  g_loop_before_schedule = collect_agens;
  Type* t = event_loop_type;
  add_method(t, "create_future", m_create_future);
  add_method(t, "create_task", m_create_task);
  add_method(t, "run_until_complete", m_run_until_complete);
  add_method(t, "shutdown_asyncgens", m_shutdown_asyncgens);
  add_method(t, "shutdown_default_executor", m_shutdown_default_executor);
  add_method(t, "set_task_factory", m_set_task_factory);
  add_method(t, "get_task_factory", m_get_task_factory);
}

}  // namespace al
