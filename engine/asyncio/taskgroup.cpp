// asyncio.TaskGroup (CPython 3.11: Lib/asyncio/taskgroups.py).
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

namespace al {

Type* task_group_type = nullptr;

namespace {

struct TaskGroup : Object {
  bool entered = false;
  bool exiting = false;
  bool aborting = false;
  Ref<EventLoop> loop;
  Ref<Task> parent_task;
  bool parent_cancel_requested = false;
  std::vector<Value> tasks;  // CPython's set, kept in creation order
  std::vector<Value> errors;
  bool errors_cleared = false;  // `self._errors = None` after __aexit__ raised
  Value base_error;
  Ref<Future> on_completed_fut;
  explicit TaskGroup(Type* t) : Object(t) {}
};

TaskGroup* as_tg(Object* o) {
  return static_cast<TaskGroup*>(o);
}

std::string tg_repr_text(TaskGroup* g) {
  std::string info;
  if (!g->tasks.empty()) info += " tasks=" + std::to_string(g->tasks.size());
  if (!g->errors.empty()) info += " errors=" + std::to_string(g->errors.size());
  if (g->aborting) {
    info += " cancelling";
  } else if (g->entered) {
    info += " entered";
  }
  return "<TaskGroup" + info + ">";
}

bool is_base_error(Object* exc) {
  return exception_matches(exc, exc::SystemExit) || exception_matches(exc, exc::KeyboardInterrupt);
}

void abort(TaskGroup* g) {
  g->aborting = true;
  std::vector<Value> tasks = g->tasks;
  for (const Value& t : tasks) {
    if (!fut_done(t.get())) {
      if (is_task(t.get())) {
        task_cancel(static_cast<Task*>(t.get()));
      } else {
        call_method(t.get(), "cancel", {});
      }
    }
  }
}

// CPython: TaskGroup._on_task_done.
void on_task_done(Object* self, Object* task) {
  TaskGroup* g = as_tg(self);
  for (auto it = g->tasks.begin(); it != g->tasks.end(); ++it) {
    if (it->get() == task) {
      g->tasks.erase(it);
      break;
    }
  }
  if (g->on_completed_fut && g->tasks.empty()) {
    if (!g->on_completed_fut->done()) future_set_result(g->on_completed_fut.get(), True_);
  }
  if (fut_cancelled(task)) return;
  Value exc = fut_exception(task);
  if (exc.get() == None) return;
  g->errors.push_back(exc);
  if (is_base_error(exc.get()) && !g->base_error) g->base_error = exc;
  if (g->parent_task->done()) {
    Ref<Dict> ctx = dict_new();
    dict_set_str(ctx.get(), "message",
                 str_from("Task " + repr(task)->s + " has errored out but its parent task " +
                          str(g->parent_task.get())->s + " is already completed")
                     .get());
    dict_set_str(ctx.get(), "exception", exc.get());
    dict_set_str(ctx.get(), "task", task);
    g->loop->call_exception_handler(ctx.get());
    return;
  }
  if (!g->aborting && !g->parent_cancel_requested) {
    abort(g);
    g->parent_cancel_requested = true;
    task_cancel(g->parent_task.get());
  }
}

const NativeCallback kOnTaskDone{on_task_done, "TaskGroup._on_task_done", nullptr};
const WaitKind kTaskGroupWait{"TaskGroup.__aexit__()", trace::ObjKind::Future, nullptr};

Coro aenter_body(Ref<TaskGroup> g) {
  if (g->entered)
    raise(exc::RuntimeError, "TaskGroup " + tg_repr_text(g.get()) + " has already been entered");
  if (!g->loop) g->loop = Ref<EventLoop>(asyncio_get_running_loop());
  Task* parent = current_task(g->loop.get());
  if (!parent)
    raise(exc::RuntimeError,
          "TaskGroup " + tg_repr_text(g.get()) + " cannot determine the parent task");
  g->parent_task = Ref<Task>(parent);
  g->entered = true;
  co_return Value(g.get());
}

Coro aexit_body(Ref<TaskGroup> g, Value et, Value exc) {
  g->exiting = true;
  if (exc.get() != None && is_base_error(exc.get()) && !g->base_error) g->base_error = exc;
  Value propagate_cancellation_error = et.get() == aio().CancelledError ? exc : Value();
  if (g->parent_cancel_requested) {
    Task* p = g->parent_task.get();
    if (p->num_cancels_requested > 0) --p->num_cancels_requested;
    if (p->num_cancels_requested == 0) propagate_cancellation_error = nullptr;
  }
  if (et.get() != None && !g->aborting) abort(g.get());
  while (!g->tasks.empty()) {
    if (!g->on_completed_fut) {
      g->on_completed_fut = future_new(g->loop.get(), &kTaskGroupWait);
    }
    Value cancelled;
    try {
      co_await await_object(g->on_completed_fut.get());
    } catch (PyException& e) {
      if (!is_cancelled_error(e.exc.get())) throw;
      cancelled = std::move(e.exc);
    }
    if (cancelled && !g->aborting) {
      propagate_cancellation_error = cancelled;
      abort(g.get());
    }
    g->on_completed_fut = nullptr;
  }
  if (g->base_error) raise(g->base_error);
  if (propagate_cancellation_error && truthy(propagate_cancellation_error.get()) &&
      g->errors.empty()) {
    raise(propagate_cancellation_error);
  }
  if (et.get() != None && et.get() != aio().CancelledError) g->errors.push_back(exc);
  if (!g->errors.empty()) {
    Ref<List> errs = list_from_values(g->errors);
    g->errors.clear();
    Value msg = str_from("unhandled errors in a TaskGroup");
    Value me = call(exc::BaseExceptionGroup, {msg.get(), errs.get()});
    // raise me from None
    BaseExceptionObject* eo = as_exception(me.get());
    eo->cause = nullptr;
    eo->suppress_context = true;
    if (exc.get() != None) eo->context = exc;
    raise(me);
  }
  co_return none();
}

Value tg_new(Type* t, Args a) {
  no_kwargs(a, "TaskGroup");
  if (a.npos) raise(exc::TypeError, "TaskGroup() takes no arguments");
  return make<TaskGroup>(t);
}

Value tg_repr(Object* self) {
  return str_from(tg_repr_text(as_tg(self)));
}

Value tg_aenter(Object* self, Args a) {
  check_no_args(a, "__aenter__");
  return native_coro(aenter_body(Ref<TaskGroup>(as_tg(self))), "TaskGroup.__aenter__");
}

Value tg_aexit(Object* self, Args a) {
  check_positional(a, "__aexit__", 3, 3);
  return native_coro(aexit_body(Ref<TaskGroup>(as_tg(self)), Value(a[0]), Value(a[1])),
                     "TaskGroup.__aexit__");
}

// CPython: TaskGroup.create_task(coro, *, name=None, context=None).
Value tg_create_task(Object* self, Args a) {
  Object* out[3];
  bind_args(a, "create_task", {"coro", "name", "context"}, 1, out, 0, 1);
  TaskGroup* g = as_tg(self);
  if (!g->entered)
    raise(exc::RuntimeError, "TaskGroup " + tg_repr_text(g) + " has not been entered");
  if (g->exiting && g->tasks.empty())
    raise(exc::RuntimeError, "TaskGroup " + tg_repr_text(g) + " is finished");
  if (g->aborting) raise(exc::RuntimeError, "TaskGroup " + tg_repr_text(g) + " is shutting down");
  Object* name = out[1] && out[1] != None ? out[1] : nullptr;
  // 3.11 creates the task unnamed (taking a Task-N number), then renames it.
  if (name && !g->loop->task_factory) ++aio().task_name_counter;
  Value task = loop_create_task(g->loop.get(), out[0], name, out[2]);
  if (is_future(task.get())) {
    future_add_native_callback(static_cast<Future*>(task.get()), &kOnTaskDone, g);
  } else {
    Value cb = make_builtin(
        "_on_task_done",
        [](Object* s, Args b) -> Value {
          check_one_arg(b, "_on_task_done");
          on_task_done(s, b[0]);
          return none();
        },
        g);
    call_method(task.get(), "add_done_callback", {cb.get()});
  }
  g->tasks.push_back(task);
  return task;
}

}  // namespace

void init_task_group_type() {
  if (task_group_type) return;
  Type* t = new_builtin_type("TaskGroup", object_type);
  t->module = "asyncio.taskgroups";
  t->allows_subclass = false;
  t->new_instance = tg_new;
  t->repr = tg_repr;
  add_method(t, "__aenter__", tg_aenter);
  add_method(t, "__aexit__", tg_aexit);
  add_method(t, "create_task", tg_create_task);
  t->ready();
  task_group_type = t;
}

}  // namespace al
