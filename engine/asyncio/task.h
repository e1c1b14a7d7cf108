// asyncio.Task (CPython: Lib/asyncio/tasks.py Task.__step/__wakeup, Modules/_asynciomodule.c
// TaskObj): a coroutine driven step by step by the loop.
//
//   Ref<Task> t = task_new(loop, coro, name);  // loop.create_task(coro, name=...): schedules
//                                              // the first step with call_soon, nothing runs
//   task_cancel(t, msg);                       // Task.cancel(msg)
//   Task* cur = current_task(loop);            // asyncio.current_task()
//
// A step sends None (or throws an exception) into the coroutine. What comes out decides:
// a Future with _asyncio_future_blocking set → the task waits on it (task_wakeup is added as
// its done callback); None (a bare yield) → the next step is scheduled with call_soon;
// StopIteration → set_result; CancelledError → cancelled; another exception → set_exception.
// Every step is recorded (trace: step_begin, then step_suspended/finished/failed/cancelled).
#pragma once

#include <string>

#include "engine/asyncio/future.h"

namespace al {

// 96 bytes: the name given, the context and the cancel message live in the FutureExtra; the
// trace TaskId (trace_task) and the two flags live in the Future's words.
struct Task : Future {
  Value coro;
  Value fut_waiter;  // the future the task waits on, or null
  // N of the default name "Task-N", taken from the counter at creation as CPython does; the
  // str is only built when someone asks (task_name_value). 0: the name is extra->name.
  uint32_t name_number = 0;
  int num_cancels_requested = 0;
  Task* prev_live = nullptr;  // the all_tasks() list
  Task* next_live = nullptr;

  Task(Type* t, EventLoop* l);
  ~Task() override;

  bool must_cancel() const { return flag(kMustCancel); }
  void set_must_cancel(bool on) { set_flag(kMustCancel, on); }
  bool log_destroy_pending() const { return flag(kLogDestroyPending); }
  void set_log_destroy_pending(bool on) { set_flag(kLogDestroyPending, on); }

  Object* name() const { return extra ? extra->name.get() : nullptr; }
  Object* context() const { return extra ? extra->context.get() : nullptr; }
};

extern Type* task_type;  // _asyncio.Task

bool is_task(Object* o);

// CPython: Task.__init__: TypeError "a coroutine was expected, got ..." for non-coroutines.
// `name` null or None: "Task-N" from the shared counter.
Ref<Task> task_new(EventLoop* loop, Object* coro, Object* name = nullptr,
                   Object* context = nullptr);
bool task_cancel(Task* t, Object* msg = nullptr);
// The task whose step is running on `loop` (null when none).
Task* current_task(EventLoop* loop);
// Live, not-done tasks of `loop` in creation order (CPython: tasks.all_tasks).
std::vector<Ref<Task>> all_tasks(EventLoop* loop);
// "Task-3" or the name given, as str(task.get_name()).
std::string task_name(Task* t);
// task.get_name(): the name object, formatting the default "Task-N" on first use (null if none).
Value task_name_value(Task* t);

// "Task-3 (consumer)": the name and the coroutine's name, as reports and the trace show a task.
std::string task_title(Task* t);

// At the end of a run: the pending tasks still alive are garbage CPython's final collection
// would free. Closes their coroutines and reports "Task was destroyed but it is pending!" (and
// unretrieved exceptions of finished ones), as that collection does.
void asyncio_finalize_leftovers();

// CPython: base_tasks._task_repr.
std::string task_repr(Task* t);
// CPython: coroutines._format_coroutine for the task's coroutine.
std::string format_coroutine(Task* t);
// CPython: TaskObj_finalize ("Task was destroyed but it is pending!").
void task_finalize(Task* t);

// True for the coroutine objects asyncio accepts (CPython: coroutines.iscoroutine).
bool asyncio_iscoroutine(Object* o);

void init_task_type();

}  // namespace al
