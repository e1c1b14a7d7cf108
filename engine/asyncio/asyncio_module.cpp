// The asyncio module object (CPython: Lib/asyncio/__init__.py re-exports; the functions live in
// the files of this folder).
#include "engine/asyncio/asyncio_module.h"
#include "engine/asyncio/net_socket.h"

#include <vector>

#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/deadlock.h"
#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/primitives_module.h"
#include "engine/asyncio/subprocess_refused.h"
#include "engine/loop/clock.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/module.h"
#include "engine/runtime/set.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/import.h"

namespace al {

namespace {

std::vector<void (*)(Module*)>& extensions() {
  static std::vector<void (*)(Module*)> v;
  return v;
}

EventLoop* loop_arg(Object* loop) {
  if (!loop || loop == None) return nullptr;
  if (!is_instance(loop, event_loop_type))
    raise(exc::TypeError, "loop must be an event loop, not " + type_name(loop));
  return static_cast<EventLoop*>(loop);
}

Value py_get_running_loop(Object*, Args a) {
  check_no_args(a, "get_running_loop");
  return Value(asyncio_get_running_loop());
}

Value py__get_running_loop(Object*, Args a) {
  check_no_args(a, "_get_running_loop");
  EventLoop* l = running_loop();
  return l ? Value(l) : none();
}

Value py_get_event_loop(Object*, Args a) {
  check_no_args(a, "get_event_loop");
  return Value(asyncio_get_event_loop());
}

Value py_new_event_loop(Object*, Args a) {
  check_no_args(a, "new_event_loop");
  return event_loop_new();
}

Value py_set_event_loop(Object*, Args a) {
  check_one_arg(a, "set_event_loop");
  if (a[0] != None && !is_instance(a[0], event_loop_type)) {
    raise(exc::TypeError,
          "loop must be an instance of AbstractEventLoop or None, not '" + type_name(a[0]) + "'");
  }
  aio().event_loop_set_called = true;
  aio().event_loop =
      a[0] == None ? Ref<EventLoop>() : Ref<EventLoop>(static_cast<EventLoop*>(a[0]));
  return none();
}

Value py_create_task(Object*, Args a) {
  Object* out[3];
  bind_args(a, "create_task", {"coro", "name", "context"}, 1, out, 0, 1);
  return asyncio_create_task(out[0], out[1], out[2]);
}

Value py_ensure_future(Object*, Args a) {
  Object* out[2];
  bind_args(a, "ensure_future", {"coro_or_future", "loop"}, 1, out, 0, 1);
  return ensure_future(out[0], loop_arg(out[1]));
}

Value py_current_task(Object*, Args a) {
  Object* loop = nullptr;
  bind_args(a, "current_task", {"loop"}, 0, &loop);
  EventLoop* l = loop_arg(loop);
  if (!l) l = asyncio_get_running_loop();
  Task* t = current_task(l);
  return t ? Value(t) : none();
}

Value py_all_tasks(Object*, Args a) {
  Object* loop = nullptr;
  bind_args(a, "all_tasks", {"loop"}, 0, &loop);
  EventLoop* l = loop_arg(loop);
  if (!l) l = asyncio_get_running_loop();
  Ref<Set> s = set_new();
  for (const Ref<Task>& t : all_tasks(l)) set_add(s.get(), t.get());
  return s;
}

Value py_iscoroutine(Object*, Args a) {
  check_one_arg(a, "iscoroutine");
  return bool_obj(asyncio_iscoroutine(a[0]));
}

Value py_iscoroutinefunction(Object*, Args a) {
  check_one_arg(a, "iscoroutinefunction");
  return bool_obj(iscoroutinefunction(a[0]));
}

Value py_isfuture(Object*, Args a) {
  check_one_arg(a, "isfuture");
  return bool_obj(isfuture(a[0]));
}

// CPython: events.BaseDefaultEventLoopPolicy, reduced to what scripts call on it.
Type* policy_type() {
  static Type* t = [] {
    Type* ty = new_builtin_type("_UnixDefaultEventLoopPolicy", object_type);
    ty->module = "asyncio.unix_events";
    ty->allows_subclass = false;
    add_method(ty, "get_event_loop", [](Object*, Args a) -> Value {
      check_no_args(a, "get_event_loop");
      return Value(asyncio_get_event_loop());
    });
    add_method(ty, "new_event_loop", [](Object*, Args a) -> Value {
      check_no_args(a, "new_event_loop");
      return event_loop_new();
    });
    add_method(ty, "set_event_loop",
               [](Object*, Args a) -> Value { return py_set_event_loop(nullptr, a); });
    ty->ready();
    return ty;
  }();
  return t;
}

Value py_get_event_loop_policy(Object*, Args a) {
  check_no_args(a, "get_event_loop_policy");
  static Object* policy = [] {
    Object* p = new Object(policy_type());
    p->make_immortal();
    return p;
  }();
  return Value(policy);
}

// Only the default policy exists: set_event_loop_policy(None) and re-setting it are accepted.
Value py_set_event_loop_policy(Object*, Args a) {
  check_one_arg(a, "set_event_loop_policy");
  if (a[0] != None && a[0]->type != policy_type()) {
    raise(exc::TypeError, "policy must be an instance of AbstractEventLoopPolicy or None, not '" +
                              type_name(a[0]) + "'");
  }
  return none();
}

// `asyncio.exceptions` for `from asyncio.exceptions import CancelledError`.
Ref<Module> make_exceptions_module() {
  Ref<Module> m = module_new("asyncio.exceptions");
  module_add(m.get(), "CancelledError", aio().CancelledError);
  module_add(m.get(), "InvalidStateError", aio().InvalidStateError);
  module_add(m.get(), "TimeoutError", exc::TimeoutError);
  module_add(m.get(), "IncompleteReadError", aio().IncompleteReadError);
  module_add(m.get(), "LimitOverrunError", aio().LimitOverrunError);
  module_add(m.get(), "BrokenBarrierError", aio().BrokenBarrierError);
  module_add(m.get(), "SendfileNotAvailableError", aio().SendfileNotAvailableError);
  return m;
}

void add(Module* m, const char* name, NativeFn fn) {
  Value f = make_builtin(name, fn);
  module_add(m, name, f.get());
}

}  // namespace

Ref<Module> make_asyncio_module() {
  asyncio_reset_run_state();
  init_task_type();
  init_gather_types();
  init_wait_types();
  init_timeout_type();
  init_task_group_type();
  init_loop_asyncio_methods();
  init_runner_type();
  init_native_coro_type();
  g_is_coroutine_hook = asyncio_iscoroutine;
  g_loop_deadlock_hook = on_deadlock;

  Ref<Module> m = module_new("asyncio");
  Module* mp = m.get();
  add(mp, "run", py_run);
  add(mp, "sleep", py_sleep);
  add(mp, "create_task", py_create_task);
  add(mp, "ensure_future", py_ensure_future);
  add(mp, "gather", py_gather);
  add(mp, "shield", py_shield);
  add(mp, "wait", py_wait);
  add(mp, "wait_for", py_wait_for);
  add(mp, "as_completed", py_as_completed);
  add(mp, "timeout", py_timeout);
  add(mp, "timeout_at", py_timeout_at);
  add(mp, "get_running_loop", py_get_running_loop);
  add(mp, "_get_running_loop", py__get_running_loop);
  add(mp, "get_event_loop", py_get_event_loop);
  add(mp, "new_event_loop", py_new_event_loop);
  add(mp, "set_event_loop", py_set_event_loop);
  add(mp, "current_task", py_current_task);
  add(mp, "all_tasks", py_all_tasks);
  add(mp, "iscoroutine", py_iscoroutine);
  add(mp, "iscoroutinefunction", py_iscoroutinefunction);
  add(mp, "isfuture", py_isfuture);
  add(mp, "get_event_loop_policy", py_get_event_loop_policy);
  add(mp, "set_event_loop_policy", py_set_event_loop_policy);
  module_add(mp, "Future", future_type);
  module_add(mp, "Task", task_type);
  module_add(mp, "TaskGroup", task_group_type);
  module_add(mp, "Runner", runner_type);
  module_add(mp, "Timeout", timeout_type);
  module_add(mp, "Handle", handle_type);
  module_add(mp, "TimerHandle", timer_handle_type);
  module_add(mp, "AbstractEventLoop", event_loop_type);
  module_add(mp, "BaseEventLoop", event_loop_type);
  module_add(mp, "CancelledError", aio().CancelledError);
  module_add(mp, "InvalidStateError", aio().InvalidStateError);
  module_add(mp, "TimeoutError", exc::TimeoutError);
  module_add(mp, "IncompleteReadError", aio().IncompleteReadError);
  module_add(mp, "LimitOverrunError", aio().LimitOverrunError);
  module_add(mp, "BrokenBarrierError", aio().BrokenBarrierError);
  module_add(mp, "SendfileNotAvailableError", aio().SendfileNotAvailableError);
  Value fc = str_from("FIRST_COMPLETED");
  Value fe = str_from("FIRST_EXCEPTION");
  Value ac = str_from("ALL_COMPLETED");
  module_add(mp, "FIRST_COMPLETED", fc.get());
  module_add(mp, "FIRST_EXCEPTION", fe.get());
  module_add(mp, "ALL_COMPLETED", ac.get());
  for (auto fn : extensions()) fn(mp);
  return m;
}

void asyncio_add_extension(void (*fn)(Module* asyncio)) {
  extensions().push_back(fn);
}

void asyncio_register() {
  static bool done = false;
  if (done) return;
  done = true;
  register_module("asyncio", make_asyncio_module);
  register_module("asyncio.exceptions", make_exceptions_module);
  asyncio_register_primitives();
  asyncio_register_streams();
  asyncio_register_subprocess_refusals();
}

}  // namespace al
