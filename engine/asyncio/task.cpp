// asyncio.Task (see task.h).
//
// Index
//   1. The live-task list, current task, names
//   2. Construction (CPython: Task.__init__)
//   3. Steps and wakeups (CPython: Task.__step, Task.__wakeup; _asynciomodule.c task_step_impl)
//   4. cancel / cancelling / uncancel
//   5. repr (CPython: base_tasks._task_repr, coroutines._format_coroutine) and finalization
//   6. The Python type
#include "engine/asyncio/task.h"

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/tracing.h"
#include "engine/asyncio/watchdog.h"
#include "engine/loop/loop_trace.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/code.h"
#include "engine/vm/frame.h"
#include "engine/vm/generator.h"
#include "engine/vm/traceback.h"

namespace al {

Type* task_type = nullptr;

bool is_task(Object* o) {
  return is_instance(o, task_type);
}

// ---------------------------------------------------------------------------------------------
// 1. The live-task list, current task, names
// ---------------------------------------------------------------------------------------------

namespace {

void register_task(Task* t) {
  AsyncioState& s = aio();
  t->prev_live = s.last_task;
  t->next_live = nullptr;
  if (s.last_task) {
    s.last_task->next_live = t;
  } else {
    s.first_task = t;
  }
  s.last_task = t;
}

void unregister_task(Task* t) {
  AsyncioState& s = aio();
  if (t->prev_live) {
    t->prev_live->next_live = t->next_live;
  } else if (s.first_task == t) {
    s.first_task = t->next_live;
  }
  if (t->next_live) {
    t->next_live->prev_live = t->prev_live;
  } else if (s.last_task == t) {
    s.last_task = t->prev_live;
  }
  t->prev_live = t->next_live = nullptr;
}

}  // namespace

Task::Task(Type* t, EventLoop* l) : Future(t, l) {
  set_log_destroy_pending(true);
}

Task::~Task() {
  unregister_task(this);
}

Task* current_task(EventLoop* loop) {
  if (!loop || !loop->current_task) return nullptr;
  return static_cast<Task*>(loop->current_task.get());
}

std::vector<Ref<Task>> all_tasks(EventLoop* loop) {
  std::vector<Ref<Task>> out;
  for (Task* t = aio().first_task; t; t = t->next_live) {
    if (t->loop.get() == loop && !t->done() && t->refcnt > 0) out.emplace_back(t);
  }
  return out;
}

Value task_name_value(Task* t) {
  if (t->name_number) {
    t->ext().name = str_from("Task-" + std::to_string(t->name_number));
    t->name_number = 0;
  }
  return Value(t->name());
}

std::string task_name(Task* t) {
  if (t->name_number) return "Task-" + std::to_string(t->name_number);
  Object* name = t->name();
  if (!name) return "";
  if (is_instance(name, str_type)) return static_cast<Str*>(name)->s;
  return str(name)->s;
}

bool asyncio_iscoroutine(Object* o) {
  if (o->type == coroutine_type || o->type == generator_type || is_native_coro(o)) return true;
  // collections.abc.Coroutine: a class with __await__, send, throw and close.
  static Str* names[] = {intern("__await__"), intern("send"), intern("throw"), intern("close")};
  for (Str* n : names) {
    Object* m = o->type->lookup(n);
    if (!m || m == None) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// 2. Construction
// ---------------------------------------------------------------------------------------------

namespace {

void task_step_cb(Object* self, Object* exc);
void task_wakeup_cb(Object* self, Object* fut);

// CPython's C Task schedules a TaskStepMethWrapper; task_wakeup is a bound builtin method.
const NativeCallback kTaskStep{task_step_cb, "TaskStepMethWrapper", nullptr, true};
const NativeCallback kTaskWakeup{task_wakeup_cb, "Task.task_wakeup", nullptr, true};

std::string coroutine_short_name(Object* coro) {
  if (coro->type == coroutine_type || coro->type == generator_type) {
    return static_cast<Generator*>(coro)->name->s;
  }
  if (is_native_coro(coro)) return static_cast<NativeCoro*>(coro)->qualname();
  return type_name(coro);
}

void schedule_step(Task* t, Object* exc) {
  t->loop->call_soon_native(&kTaskStep, t, exc);
  trace_task_ready(t, nullptr);
}

// CPython: Task.__init__ after Future.__init__.
void task_init(Task* t, Object* coro, Object* name, Object* context) {
  if (!asyncio_iscoroutine(coro)) {
    t->set_log_destroy_pending(false);
    raise(exc::TypeError, "a coroutine was expected, got " + repr(coro)->s);
  }
  if (!name || name == None) {
    uint64_t n = ++aio().task_name_counter;
    t->name_number = n <= UINT32_MAX ? uint32_t(n) : 0;
    if (n > UINT32_MAX) t->ext().name = str_from("Task-" + std::to_string(n));
  } else if (!is_exactly(name, str_type)) {
    t->ext().name = str(name);
    t->name_number = 0;
  } else {
    t->ext().name = Value(name);
    t->name_number = 0;
  }
  t->set_must_cancel(false);
  t->set_log_destroy_pending(true);
  t->coro = Value(coro);
  if (context && context != None) {
    t->ext().context = Value(context);
  } else if (t->extra) {
    t->extra->context = nullptr;
  }
  t->trace_task = ++aio().next_task_id;
  if (trace::Recorder* rec = active_tracer()) {
    bool internal = is_native_coro(coro) && static_cast<NativeCoro*>(coro)->loop_internal;
    rec->task_created(t->trace_task, task_name(t), coroutine_short_name(coro), current_pos(),
                      internal);
  }
  schedule_step(t, nullptr);
  register_task(t);
}

}  // namespace

Ref<Task> task_new(EventLoop* loop, Object* coro, Object* name, Object* context) {
  init_task_type();
  auto t = make<Task>(task_type, loop);
  task_init(t.get(), coro, name, context);
  return t;
}

// ---------------------------------------------------------------------------------------------
// 3. Steps and wakeups
// ---------------------------------------------------------------------------------------------

namespace {

// CPython: tasks._enter_task / _leave_task.
void enter_task(EventLoop* loop, Task* t) {
  if (loop->current_task) {
    raise(exc::RuntimeError, "Cannot enter into task " + repr(t)->s + " while another task " +
                                 repr(loop->current_task.get())->s + " is being executed.");
  }
  loop->current_task = Value(t);
}

void leave_task(EventLoop* loop, Task* t) {
  if (loop->current_task.get() != t) {
    raise(exc::RuntimeError, "Leaving task " + repr(t)->s + " does not match the current task " +
                                 repr(loop->current_task ? loop->current_task.get() : None)->s +
                                 ".");
  }
  loop->current_task = nullptr;
}

bool is_exit_exception(Object* e) {
  return exception_matches(e, exc::SystemExit) || exception_matches(e, exc::KeyboardInterrupt);
}

// A Python-visible task_wakeup bound to the task, for futures that are not ours.
Value task_wakeup_method(Task* t) {
  return make_builtin(
      "task_wakeup",
      [](Object* self, Args a) -> Value {
        check_one_arg(a, "task_wakeup");
        task_wakeup_cb(self, a[0]);
        return none();
      },
      t);
}

void schedule_step_error(Task* t, const std::string& message) {
  Value e = new_exception(exc::RuntimeError, message);
  schedule_step(t, e.get());
}

// The part of __step after the coroutine yielded `result`.
void handle_yield(Task* t, Object* result) {
  if (result == None) {
    // A bare yield relinquishes control for one event loop iteration.
    if (trace::Recorder* rec = active_tracer()) {
      rec->step_suspended(coro_pos(t->coro.get()),
                          {trace::ObjKind::Sleep, 0, rec->intern_literal("sleep(0)")});
    }
    schedule_step(t, nullptr);
    return;
  }
  const bool ours = is_future(result);
  Value blocking;
  if (ours) {
    blocking = bool_obj(static_cast<Future*>(result)->blocking());
  } else {
    blocking = getattr_opt(result, intern("_asyncio_future_blocking"));
    if (blocking && blocking.get() == None) blocking = nullptr;
  }
  if (!blocking) {
    std::string msg = (result->type == generator_type)
                          ? "yield was used instead of yield from for generator in task " +
                                repr(t)->s + " with " + repr(result)->s
                          : "Task got bad yield: " + repr(result)->s;
    if (trace::Recorder* rec = active_tracer()) {
      rec->step_suspended(coro_pos(t->coro.get()), {trace::ObjKind::Other, 0, "bad yield"});
    }
    schedule_step_error(t, msg);
    return;
  }
  if (future_get_loop(result) != t->loop.get()) {
    if (trace::Recorder* rec = active_tracer()) {
      rec->step_suspended(coro_pos(t->coro.get()), describe_awaited(result));
    }
    schedule_step_error(t, "Task " + repr(t)->s + " got Future " + repr(result)->s +
                               " attached to a different loop");
    return;
  }
  if (!truthy(blocking.get())) {
    if (trace::Recorder* rec = active_tracer()) {
      rec->step_suspended(coro_pos(t->coro.get()), describe_awaited(result));
    }
    schedule_step_error(t, "yield was used instead of yield from in task " + repr(t)->s + " with " +
                               repr(result)->s);
    return;
  }
  if (result == t) {
    if (trace::Recorder* rec = active_tracer()) {
      rec->step_suspended(coro_pos(t->coro.get()), describe_awaited(result));
    }
    schedule_step_error(t, "Task cannot await on itself: " + repr(t)->s);
    return;
  }
  if (ours) {
    auto* f = static_cast<Future*>(result);
    f->set_blocking(false);
    if (is_exactly(result, future_type) || is_exactly(result, task_type)) {
      future_add_native_callback(f, &kTaskWakeup, t);
    } else {
      Value wake = task_wakeup_method(t);
      call_method(result, "add_done_callback", {wake.get()});
    }
  } else {
    setattr(result, intern("_asyncio_future_blocking"), False_);
    Value wake = task_wakeup_method(t);
    call_method(result, "add_done_callback", {wake.get()});
  }
  t->fut_waiter = Value(result);
  if (trace::Recorder* rec = active_tracer()) {
    rec->step_suspended(coro_pos(t->coro.get()), describe_awaited(result));
  }
  if (t->must_cancel()) {
    bool cancelled;
    if (is_task(result)) {
      cancelled = task_cancel(static_cast<Task*>(result), t->cancel_message());
    } else if (is_exactly(result, future_type)) {
      cancelled = future_cancel(static_cast<Future*>(result), t->cancel_message());
    } else {
      Value r = call_method(result, "cancel", {t->cancel_message() ? t->cancel_message() : None});
      cancelled = truthy(r.get());
    }
    if (cancelled) t->set_must_cancel(false);
  }
}

// Where an exception was raised: its traceback's innermost entry (the frame is gone).
trace::Pos raise_pos(Object* e) {
  BaseExceptionObject* eo = as_exception(e);
  if (!eo || !eo->traceback || !is_instance(eo->traceback.get(), traceback_type)) return {};
  auto* tb = static_cast<Traceback*>(eo->traceback.get());
  while (tb->next) tb = tb->next.get();
  return {tb->lineno > 0 ? uint32_t(tb->lineno) : 0, 0};
}

std::string exception_text(Object* e) {
  std::string s = type_name(e);
  Ref<Str> msg = exception_str(e);
  if (!msg->s.empty()) s += ": " + msg->s;
  return s;
}

// CPython: Task.__step.
void task_step(Task* t, Object* exc_in) {
  Ref<Task> keep(t);
  if (t->done()) {
    raise_invalid_state("_step(): already done: " + repr(t)->s + ", " +
                        repr(exc_in ? exc_in : None)->s);
  }
  Value exc(exc_in);
  if (t->must_cancel()) {
    if (!exc || !is_cancelled_error(exc.get())) exc = future_make_cancelled_error(t);
    t->set_must_cancel(false);
  }
  t->fut_waiter = nullptr;
  EventLoop* loop = t->loop.get();
  enter_task(loop, t);
  trace::Recorder* rec = active_tracer();
  if (rec) rec->step_begin(t->trace_task);
  watchdog_step_begin(t);

  Value result;
  Value err;
  SendStatus st = SendStatus::Return;
  try {
    Object* coro = t->coro.get();
    st = exc ? throw_into(coro, exc.get(), result) : send_into(coro, None, result);
  } catch (PyException& e) {
    err = std::move(e.exc);
  } catch (...) {
    watchdog_step_end();
    loop->current_task = nullptr;
    throw;
  }
  watchdog_step_end();

  try {
    if (err) {
      if (is_cancelled_error(err.get())) {
        // Save the original exception so we can chain it later.
        t->ext().cancelled_exc = err;
        future_cancel(t);
        if ((rec = active_tracer()))
          rec->step_cancelled(raise_pos(err.get()), exception_str(err.get())->s);
      } else if (is_exit_exception(err.get())) {
        future_set_exception(t, err.get());
        if ((rec = active_tracer()))
          rec->step_failed(raise_pos(err.get()), exception_text(err.get()));
        leave_task(loop, t);
        raise(err);
      } else {
        future_set_exception(t, err.get());
        if ((rec = active_tracer()))
          rec->step_failed(raise_pos(err.get()), exception_text(err.get()));
      }
    } else if (st == SendStatus::Return) {
      if (t->must_cancel()) {
        // Task is cancelled right before coro stops.
        t->set_must_cancel(false);
        future_cancel(t, t->cancel_message());
        if ((rec = active_tracer())) rec->step_cancelled(coro_pos(t->coro.get()));
      } else {
        future_set_result(t, result.get());
        if ((rec = active_tracer()))
          rec->step_finished(coro_pos(t->coro.get()), repr(result.get())->s);
      }
    } else {
      handle_yield(t, result.get());
    }
  } catch (...) {
    if (loop->current_task.get() == t) loop->current_task = nullptr;
    throw;
  }
  leave_task(loop, t);
}

void task_step_cb(Object* self, Object* exc) {
  task_step(static_cast<Task*>(self), exc);
}

// CPython: _asynciomodule.c task_wakeup.
void task_wakeup_cb(Object* self, Object* fut) {
  auto* t = static_cast<Task*>(self);
  Value exc;
  try {
    if (is_exactly(fut, future_type) || is_exactly(fut, task_type)) {
      future_result(static_cast<Future*>(fut));
    } else {
      call_method(fut, "result", {});
    }
  } catch (PyException& e) {
    exc = std::move(e.exc);
  }
  task_step(t, exc.get());
}

}  // namespace

// Recorded when a wakeup is scheduled (future.cpp calls it through the callback's task_step
// flag) and when a step is rescheduled.
void trace_task_ready(Task* t, Object* through) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return;
  rec->ready(t->trace_task, current_waker(), through ? describe_awaited(through) : trace::Obj{});
}

// ---------------------------------------------------------------------------------------------
// 4. cancel / cancelling / uncancel
// ---------------------------------------------------------------------------------------------

bool task_cancel(Task* t, Object* msg) {
  t->set_log_traceback(false);
  if (t->done()) return false;
  ++t->num_cancels_requested;
  if (t->fut_waiter) {
    Object* w = t->fut_waiter.get();
    bool cancelled;
    if (is_task(w)) {
      cancelled = task_cancel(static_cast<Task*>(w), msg);
    } else if (is_exactly(w, future_type)) {
      cancelled = future_cancel(static_cast<Future*>(w), msg);
    } else {
      Ref<Dict> kw = dict_new();
      dict_set_str(kw.get(), "msg", msg ? msg : None);
      cancelled = truthy(call_kw(getattr(w, "cancel").get(), {}, kw.get()).get());
    }
    // Leave fut_waiter: it may be a Task that ignores the cancellation.
    if (cancelled) return true;
  }
  // It must be the case that the step is already scheduled.
  t->set_must_cancel(true);
  if (msg) {
    t->ext().cancel_message = Value(msg);
  } else if (t->extra) {
    t->extra->cancel_message = nullptr;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// 5. repr and finalization
// ---------------------------------------------------------------------------------------------

std::string format_coroutine(Task* t) {
  Object* coro = t->coro.get();
  if (coro->type == coroutine_type || coro->type == generator_type) {
    auto* g = static_cast<Generator*>(coro);
    std::string name = g->qualname->s + "()";
    Code* code = g->frame ? g->frame->code : g->code.get();
    if (!code) return name;
    if (g->frame)
      return name + " running at " + code->filename->s + ":" + std::to_string(g->frame->lineno());
    return name + " done, defined at " + code->filename->s + ":" +
           std::to_string(code->unit->firstlineno);
  }
  if (is_native_coro(coro)) {
    auto* c = static_cast<NativeCoro*>(coro);
    return std::string(c->qualname()) + "()" + (c->running ? " running" : "");
  }
  Value q = getattr_opt(coro, dunder::qualname);
  if (q && is_instance(q.get(), str_type) && !static_cast<Str*>(q.get())->s.empty()) {
    return static_cast<Str*>(q.get())->s + "()";
  }
  Value n = getattr_opt(coro, dunder::name);
  if (n && is_instance(n.get(), str_type) && !static_cast<Str*>(n.get())->s.empty()) {
    return static_cast<Str*>(n.get())->s + "()";
  }
  return "<" + type_name(coro) + " without __name__>()";
}

std::string task_repr(Task* t) {
  std::string info = future_repr_info(t);
  // Split "state rest" to insert name, coro and wait_for after the state.
  size_t sp = info.find(' ');
  std::string state = sp == std::string::npos ? info : info.substr(0, sp);
  std::string rest = sp == std::string::npos ? "" : info.substr(sp);
  if (t->num_cancels_requested > 0 && !t->done()) state = "cancelling";
  std::string s =
      "<" + t->type->name + " " + state + " name=" + repr(task_name_value(t) ? t->name() : None)->s;
  s += " coro=<" + format_coroutine(t) + ">";
  if (t->fut_waiter) s += " wait_for=" + repr(t->fut_waiter.get())->s;
  return s + rest + ">";
}

std::string task_title(Task* t) {
  std::string s = task_name(t);
  Object* coro = t->coro.get();
  if (coro && (coro->type == coroutine_type || coro->type == generator_type)) {
    s += " (" + static_cast<Generator*>(coro)->name->s + ")";
  }
  return s;
}

void asyncio_finalize_leftovers() {
  std::vector<Ref<Task>> live;
  for (Task* t = aio().first_task; t; t = t->next_live) {
    if (t->refcnt > 0) live.emplace_back(t);
  }
  for (const Ref<Task>& t : live) {
    Object* coro = t->coro.get();
    // With its loop closed, the task, its coroutine and the waiter future form an isolated
    // cycle, and CPython's collection closes the coroutine before the task reports ("done,
    // defined at"); with the loop still open, the task reports first, "running at", and its
    // coroutine is closed after.
    const bool loop_closed = t->loop && t->loop->closed;
    const bool closable = t->state == FutState::Pending && coro &&
                          (coro->type == coroutine_type || coro->type == generator_type);
    auto close = [&] {
      try {
        gen_close(static_cast<Generator*>(coro));
      } catch (PyException& e) {
        write_unraisable(coro, e.exc.get());
      }
    };
    if (closable && loop_closed) close();
    task_finalize(t.get());
    if (closable && !loop_closed) close();
    t->set_log_destroy_pending(false);
  }
}

void task_finalize(Task* t) {
  if (t->state == FutState::Pending && t->log_destroy_pending() && t->loop) {
    try {
      Ref<Dict> ctx = dict_new();
      dict_set_str(ctx.get(), "message", str_from("Task was destroyed but it is pending!").get());
      dict_set_str(ctx.get(), "task", t);
      if (trace::Recorder* rec = active_tracer()) {
        rec->diagnostic(trace::DiagKind::TaskDestroyedPending,
                        task_name(t) + " was destroyed but it is pending!", t->trace_task);
      }
      t->loop->call_exception_handler(ctx.get());
    } catch (PyException&) {
    }
  }
  future_report_unretrieved(t);
}

// ---------------------------------------------------------------------------------------------
// 6. The Python type
// ---------------------------------------------------------------------------------------------

namespace {

Task* as_task(Object* o) {
  return static_cast<Task*>(o);
}

Value task_py_new(Type* t, Args) {
  return alloc_instance<Task>(t, nullptr);
}

// Task(coro, *, loop=None, name=None, context=None)
void task_py_init(Object* self, Args a) {
  Object* out[4];
  bind_args(a, "Task", {"coro", "loop", "name", "context"}, 1, out, 0, 1);
  Task* t = as_task(self);
  Object* loop = out[1];
  if (!loop || loop == None) {
    t->loop = Ref<EventLoop>(asyncio_get_event_loop());
  } else {
    if (!is_instance(loop, event_loop_type)) raise(exc::TypeError, "loop must be an event loop");
    t->loop = Ref<EventLoop>(static_cast<EventLoop*>(loop));
  }
  task_init(t, out[0], out[2], out[3]);
}

Value m_get_coro(Object* self, Args a) {
  check_no_args(a, "get_coro");
  return as_task(self)->coro ? as_task(self)->coro : none();
}

Value m_get_name(Object* self, Args a) {
  check_no_args(a, "get_name");
  Value name = task_name_value(as_task(self));
  return name ? name : none();
}

Value m_set_name(Object* self, Args a) {
  check_one_arg(a, "set_name");
  Value v(a[0]);
  if (!is_exactly(v.get(), str_type)) v = str(v.get());
  as_task(self)->ext().name = v;
  as_task(self)->name_number = 0;
  return none();
}

Value m_get_context(Object* self, Args a) {
  check_no_args(a, "get_context");
  Object* c = as_task(self)->context();
  return Value(c ? c : None);
}

Value m_cancelling(Object* self, Args a) {
  check_no_args(a, "cancelling");
  return int_from(as_task(self)->num_cancels_requested);
}

Value m_uncancel(Object* self, Args a) {
  check_no_args(a, "uncancel");
  Task* t = as_task(self);
  if (t->num_cancels_requested > 0) --t->num_cancels_requested;
  return int_from(t->num_cancels_requested);
}

Value m_set_result(Object*, Args) {
  raise(exc::RuntimeError, "Task does not support set_result operation");
}
Value m_set_exception(Object*, Args) {
  raise(exc::RuntimeError, "Task does not support set_exception operation");
}

Value m_get_stack(Object*, Args) {
  return list_new();
}

}  // namespace

void init_task_type() {
  if (task_type) return;
  init_future_type();
  Type* t = new_builtin_type("Task", future_type);
  t->module = "_asyncio";
  t->dict_offset = with_dict_offset<Task>();
  t->new_instance = task_py_new;
  t->init = task_py_init;
  add_method(t, "get_coro", m_get_coro);
  add_method(t, "get_name", m_get_name);
  add_method(t, "set_name", m_set_name);
  add_method(t, "get_context", m_get_context);
  add_method(t, "cancelling", m_cancelling);
  add_method(t, "uncancel", m_uncancel);
  add_method(t, "set_result", m_set_result);
  add_method(t, "set_exception", m_set_exception);
  add_method(t, "get_stack", m_get_stack);
  add_getset(t, "_coro",
             [](Object* s) -> Value { return as_task(s)->coro ? as_task(s)->coro : none(); });
  add_getset(t, "_fut_waiter", [](Object* s) -> Value {
    return as_task(s)->fut_waiter ? as_task(s)->fut_waiter : none();
  });
  add_getset(t, "_must_cancel",
             [](Object* s) -> Value { return bool_obj(as_task(s)->must_cancel()); });
  add_getset(
      t, "_log_destroy_pending",
      [](Object* s) -> Value { return bool_obj(as_task(s)->log_destroy_pending()); },
      [](Object* s, Object* v) {
        if (!v) raise(exc::AttributeError, "cannot delete attribute");
        as_task(s)->set_log_destroy_pending(truthy(v));
      });
  add_getset(t, "_num_cancels_requested",
             [](Object* s) -> Value { return int_from(as_task(s)->num_cancels_requested); });
  t->ready();
  task_type = t;
}

}  // namespace al
