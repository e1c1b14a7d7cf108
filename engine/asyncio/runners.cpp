// Running the loop: asyncio.run and asyncio.Runner (CPython 3.11: Lib/asyncio/runners.py), and
// the loop methods that need Futures and Tasks (base_events.py create_future, create_task,
// run_until_complete, shutdown_asyncgens, shutdown_default_executor, task factories).
//
// Index
//   1. run_until_complete
//   2. Runner, asyncio.run
//   3. Loop methods
#include <vector>

#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/threads.h"
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
// 1. run_until_complete
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
  try {
    loop->check_closed();
    loop->check_running();
  } catch (PyException& e) {
    keep_with_exception(e.exc.get(), future);
    throw;
  }
  const bool new_task = !isfuture(future);
  Value fut = ensure_future(future, loop);
  if (new_task && is_task(fut.get())) static_cast<Task*>(fut.get())->set_log_destroy_pending(false);
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
// 2. Runner, asyncio.run
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
      dict_set_str(ctx.get(), "message",
                   str_from("unhandled exception during asyncio.run() shutdown").get());
      dict_set_str(ctx.get(), "exception", exc.get());
      dict_set_str(ctx.get(), "task", t.get());
      loop->call_exception_handler(ctx.get());
    }
  }
}

}  // namespace

void keep_with_exception(Object* exc, Object* keep) {
  Dict* d = instance_dict(exc);
  if (!d) return;
  static Str* key = intern("__awaitlab_frame_locals__");
  if (Object* old = dict_get_str(d, key)) {
    Ref<Tuple> both = tuple_from({old, keep});
    dict_set(d, key, both.get());
  } else {
    dict_set(d, key, keep);
  }
}

void raise_keeping(Object* keep, Type* type, const std::string& message) {
  Value e = new_exception(type, message);
  keep_with_exception(e.get(), keep);
  raise(e);
}

// CPython: runners.Runner (3.11): a context manager owning one loop for several run() calls.
namespace {

enum class RunnerState { Created, Initialized, Closed };

struct Runner : Object {
  RunnerState state = RunnerState::Created;
  Value debug;
  Value loop_factory;
  Ref<EventLoop> loop;
  bool set_event_loop = false;
  explicit Runner(Type* t) : Object(t) {}
};

Runner* as_runner(Object* o) {
  return static_cast<Runner*>(o);
}

void runner_lazy_init(Runner* r) {
  if (r->state == RunnerState::Closed) raise(exc::RuntimeError, "Runner is closed");
  if (r->state == RunnerState::Initialized) return;
  if (!r->loop_factory) {
    r->loop = event_loop_new();
    if (!r->set_event_loop) {
      aio().event_loop = r->loop;
      aio().event_loop_set_called = true;
      r->set_event_loop = true;
    }
  } else {
    Value l = call(r->loop_factory.get(), std::initializer_list<Object*>{});
    if (!is_instance(l.get(), event_loop_type))
      raise(exc::TypeError, "loop_factory must return an event loop");
    r->loop = Ref<EventLoop>(static_cast<EventLoop*>(l.get()));
  }
  if (r->debug) r->loop->debug = truthy(r->debug.get());
  r->state = RunnerState::Initialized;
}

void runner_close_method(Runner* r) {
  if (r->state != RunnerState::Initialized) return;
  Ref<EventLoop> loop = r->loop;
  auto finish = [&] {
    if (r->set_event_loop) aio().event_loop = nullptr;
    loop->close();
    r->loop = nullptr;
    r->state = RunnerState::Closed;
  };
  try {
    cancel_all_tasks(loop.get());
    Value agens = native_coro(shutdown_asyncgens_body(loop), "BaseEventLoop.shutdown_asyncgens");
    static_cast<NativeCoro*>(agens.get())->loop_internal = true;
    run_until_complete(loop.get(), agens.get());
    Value ex = native_coro(shutdown_default_executor_body(loop),
                           "BaseEventLoop.shutdown_default_executor");
    static_cast<NativeCoro*>(ex.get())->loop_internal = true;
    run_until_complete(loop.get(), ex.get());
  } catch (PyException&) {
    finish();
    throw;
  }
  finish();
}

Value runner_run(Runner* r, Object* coro, Object* context) {
  if (!asyncio_iscoroutine(coro)) {
    raise_keeping(coro, exc::ValueError, "a coroutine was expected, got " + repr(coro)->s);
  }
  if (running_loop()) {
    raise_keeping(coro, exc::RuntimeError,
                  "Runner.run() cannot be called from a running event loop");
  }
  runner_lazy_init(r);
  Value task = loop_create_task(r->loop.get(), coro, nullptr, context);
  return run_until_complete(r->loop.get(), task.get());
}

Value runner_new(Type* t, Args a) {
  Object* out[2];
  bind_args(a, "Runner", {"debug", "loop_factory"}, 0, out, 0, 0);
  auto r = make<Runner>(t);
  if (out[0] && out[0] != None) r->debug = Value(out[0]);
  if (out[1] && out[1] != None) r->loop_factory = Value(out[1]);
  return r;
}

Value m_runner_run(Object* self, Args a) {
  Object* out[2];
  bind_args(a, "run", {"coro", "context"}, 1, out, 0, 1);
  return runner_run(as_runner(self), out[0], out[1]);
}

Value m_runner_enter(Object* self, Args a) {
  check_no_args(a, "__enter__");
  runner_lazy_init(as_runner(self));
  return Value(self);
}

Value m_runner_exit(Object* self, Args) {
  runner_close_method(as_runner(self));
  return none();
}

Value m_runner_close(Object* self, Args a) {
  check_no_args(a, "close");
  runner_close_method(as_runner(self));
  return none();
}

Value m_runner_get_loop(Object* self, Args a) {
  check_no_args(a, "get_loop");
  runner_lazy_init(as_runner(self));
  return Value(as_runner(self)->loop.get());
}

}  // namespace

Type* runner_type = nullptr;

void init_runner_type() {
  if (runner_type) return;
  Type* t = new_builtin_type("Runner", object_type);
  t->module = "asyncio.runners";
  t->allows_subclass = false;
  t->new_instance = runner_new;
  add_method(t, "run", m_runner_run);
  add_method(t, "__enter__", m_runner_enter);
  add_method(t, "__exit__", m_runner_exit);
  add_method(t, "close", m_runner_close);
  add_method(t, "get_loop", m_runner_get_loop);
  t->ready();
  runner_type = t;
}

// CPython: runners.run: `with Runner(debug=debug) as runner: return runner.run(main)`.
Value py_run(Object*, Args a) {
  Object* out[2];
  bind_args(a, "run", {"main", "debug"}, 1, out, 0, 1);
  if (running_loop()) {
    raise_keeping(out[0], exc::RuntimeError,
                  "asyncio.run() cannot be called from a running event loop");
  }
  init_runner_type();
  Object* debug = out[1] ? out[1] : None;
  Ref<Dict> kw = dict_new();
  dict_set_str(kw.get(), "debug", debug);
  Value runner = call_kw(runner_type, {}, kw.get());
  Runner* r = as_runner(runner.get());
  runner_lazy_init(r);
  Value result;
  try {
    result = runner_run(r, out[0], nullptr);
  } catch (PyException&) {
    runner_close_method(r);
    throw;
  }
  runner_close_method(r);
  return result;
}

// ---------------------------------------------------------------------------------------------
// 3. Loop methods
// ---------------------------------------------------------------------------------------------

namespace {

EventLoop* as_loop(Object* o) {
  return static_cast<EventLoop*>(o);
}

Coro shutdown_asyncgens_body(Ref<EventLoop> loop) {
  loop->asyncgens_shutdown_called = true;
  asyncio_collect_asyncgens(loop.get());
  if (!loop->asyncgens || asyncio_loop_asyncgens(loop.get()).empty()) co_return none();
  std::vector<Value> closing = std::move(asyncio_loop_asyncgens(loop.get()));
  asyncio_loop_asyncgens(loop.get()).clear();
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

// CPython: BaseEventLoop.shutdown_default_executor (the executor's shutdown(wait=True) ends
// when every job submitted from this loop has ended).
Coro shutdown_default_executor_body(Ref<EventLoop> loop) {
  loop->executor_shutdown_called = true;
  if (!loop->default_executor) co_return none();
  Ref<Future> done = executor_shutdown_future(loop.get());
  if (done) co_await await_object(done.get());
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
  return native_coro(shutdown_asyncgens_body(Ref<EventLoop>(as_loop(self))),
                     "BaseEventLoop.shutdown_asyncgens");
}

Value m_shutdown_default_executor(Object* self, Args a) {
  check_no_args(a, "shutdown_default_executor");
  return native_coro(shutdown_default_executor_body(Ref<EventLoop>(as_loop(self))),
                     "BaseEventLoop.shutdown_default_executor");
}

Value m_set_task_factory(Object* self, Args a) {
  check_one_arg(a, "set_task_factory");
  if (a[0] != None && !is_callable(a[0]))
    raise(exc::TypeError, "task factory must be a callable or None");
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
  asyncio_install_asyncgen_hooks();
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
