// EventLoop (see event_loop.h).
//
// Index
//   1. Construction, libuv set-up and tear-down
//   2. Scheduling: call_soon / call_at and their native forms
//   3. run_once (CPython: base_events.py _run_once) and poll
//   4. run_forever, stop, close
//   5. call_exception_handler
#include "engine/loop/event_loop.h"

#include <cmath>
#include <vector>

#include "engine/loop/clock.h"
#include "engine/loop/loop_trace.h"
#include "engine/loop/program_stop.h"
#include "engine/loop/worker_hooks.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"
#include "engine/vm/run.h"
#include "engine/vm/signal_wake.h"

namespace al {

Type* event_loop_type = nullptr;
void (*g_loop_deadlock_hook)(EventLoop* loop) = nullptr;
void (*g_loop_running_hook)(EventLoop* loop, bool entering) = nullptr;
void (*g_loop_before_schedule)(EventLoop* loop) = nullptr;
void (*g_loop_default_exception_handler)(EventLoop* loop,
                                         Dict* context) = default_exception_handler;
bool (*g_is_coroutine_hook)(Object* o) = nullptr;
size_t (*g_loop_schedule_chooser)(EventLoop* loop, std::span<Handle* const> steps) = nullptr;
trace::Recorder* g_tracer = nullptr;

namespace {

thread_local EventLoop* t_running_loop = nullptr;
uint32_t g_next_handle_id = 0;

uint32_t next_handle_id() {
  return ++g_next_handle_id;
}

}  // namespace

void reset_handle_ids() {
  g_next_handle_id = 0;
}

void set_tracer(trace::Recorder* rec) {
  g_tracer = rec;
}

EventLoop* running_loop() {
  return t_running_loop;
}
void set_running_loop(EventLoop* loop) {
  t_running_loop = loop;
}

// ---------------------------------------------------------------------------------------------
// 1. Construction, libuv set-up and tear-down
// ---------------------------------------------------------------------------------------------

EventLoop::EventLoop(Type* t) : Object(t), uv_(std::make_unique<uv_loop_t>()) {
  uv_loop_init(uv_.get());
  uv_timer_init(uv_.get(), &wait_timer_);
  // Unreferenced: the stop waker neither keeps the loop alive nor counts as pending I/O.
  uv_async_init(uv_.get(), &stop_wake_, [](uv_async_t*) {});
  uv_unref(reinterpret_cast<uv_handle_t*>(&stop_wake_));
}

EventLoop::~EventLoop() {
  close_signal_watchers(this);
  close_io_watchers(this);
  uv_close(reinterpret_cast<uv_handle_t*>(&wait_timer_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&stop_wake_), nullptr);
  uv_run(uv_.get(), UV_RUN_NOWAIT);
  uv_loop_close(uv_.get());
}

Ref<EventLoop> event_loop_new() {
  init_event_loop_type();
  return make<EventLoop>(event_loop_type);
}

double EventLoop::time() const {
  return clock_now();
}

void EventLoop::check_closed() const {
  if (closed) raise(exc::RuntimeError, "Event loop is closed");
}

void EventLoop::check_running() const {
  if (running) raise(exc::RuntimeError, "This event loop is already running");
  if (running_loop()) {
    raise(exc::RuntimeError, "Cannot run the event loop while another loop is running");
  }
}

void check_callback(Object* callback, const char* method) {
  if (g_is_coroutine_hook && g_is_coroutine_hook(callback)) {
    raise(exc::TypeError, std::string("coroutines cannot be used with ") + method + "()");
  }
  if (!is_callable(callback)) {
    raise(exc::TypeError, std::string("a callable object was expected by ") + method + "(), got " +
                              repr(callback)->s);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Scheduling
// ---------------------------------------------------------------------------------------------

void EventLoop::push_ready(Ref<Handle> h) {
  if (asyncgens && g_loop_before_schedule) g_loop_before_schedule(this);
  if (!h->native || !h->native->task_step) {
    if (trace::Recorder* rec = active_tracer())
      rec->callback_scheduled(h->trace_id, h->callback_text(false));
  }
  ready.push_back(std::move(h));
}

Ref<Handle> EventLoop::call_soon(Object* callback, std::span<Object* const> args, Object* context) {
  auto h = make<Handle>(handle_type, this);
  h->callback = Value(callback);
  if (!args.empty()) h->args = tuple_from(args);
  if (context) h->context = Value(context);
  h->trace_id = next_handle_id();
  push_ready(h);
  return h;
}

Ref<Handle> EventLoop::call_soon_native(const NativeCallback* cb, Object* self, Object* arg) {
  auto h = make<Handle>(handle_type, this);
  h->native = cb;
  h->self = Value(self);
  h->arg = Value(arg);
  h->trace_id = next_handle_id();
  push_ready(h);
  return h;
}

namespace {

Ref<Handle> new_timer(EventLoop* loop, double when) {
  auto h = make<Handle>(timer_handle_type, loop);
  h->is_timer = true;
  h->when = when;
  h->trace_id = next_handle_id();
  return h;
}

}  // namespace

Ref<Handle> EventLoop::call_at(double when, Object* callback, std::span<Object* const> args,
                               Object* context) {
  Ref<Handle> h = new_timer(this, when);
  h->callback = Value(callback);
  if (!args.empty()) h->args = tuple_from(args);
  if (context) h->context = Value(context);
  scheduled.push(TimerEntry{when, h});
  h->scheduled = true;
  if (trace::Recorder* rec = active_tracer())
    rec->timer_scheduled(h->trace_id, when, h->callback_text(false));
  return h;
}

Ref<Handle> EventLoop::call_at_native(double when, const NativeCallback* cb, Object* self,
                                      Object* arg) {
  Ref<Handle> h = new_timer(this, when);
  h->native = cb;
  h->self = Value(self);
  h->arg = Value(arg);
  scheduled.push(TimerEntry{when, h});
  h->scheduled = true;
  // The caller (sleep, timeouts) records the timer with its own label and owner.
  return h;
}

namespace {

// One uv_queue_work request with its two halves.
struct WorkRequest {
  uv_work_t req;
  EventLoop* loop;
  std::function<void()> work;
  std::function<void()> after;
};

}  // namespace

void EventLoop::queue_work(std::function<void()> work, std::function<void()> after) {
  auto* w = new WorkRequest{{}, this, std::move(work), std::move(after)};
  w->req.data = w;
  incref();  // the loop outlives its pending jobs
  ++pending_jobs_;
  uv_queue_work(
      uv_.get(), &w->req, [](uv_work_t* r) { static_cast<WorkRequest*>(r->data)->work(); },
      [](uv_work_t* r, int) {
        std::unique_ptr<WorkRequest> w(static_cast<WorkRequest*>(r->data));
        EventLoop* loop = w->loop;
        --loop->pending_jobs_;
        // `after` runs inside uv_run: a Python exception must not cross libuv's C frames.
        try {
          if (w->after) w->after();
        } catch (PyException& e) {
          Ref<Dict> ctx = dict_new();
          dict_set_str(ctx.get(), "message",
                       str_from("Exception in a worker job's completion").get());
          dict_set_str(ctx.get(), "exception", e.exc.get());
          loop->call_exception_handler(ctx.get());
        }
        w.reset();
        loop->decref();
      });
}

void EventLoop::timer_handle_cancelled(Handle* h) {
  if (h->scheduled) ++timer_cancelled_count;
}

// ---------------------------------------------------------------------------------------------
// 3. run_once and poll
// ---------------------------------------------------------------------------------------------

void EventLoop::uv_wait(double seconds) {
  // request_run_stop (the window's Stop) sends stop_wake_ from its thread to end the wait.
  const auto wake = [](void* handle) { uv_async_send(static_cast<uv_async_t*>(handle)); };
  if (!set_run_stop_waker(wake, &stop_wake_)) return;
  // A signal (Ctrl-C) sends it too, from its C handler (engine/vm/signal_wake.h).
  const SignalWaker signal_waker{wake, &stop_wake_};
  set_signal_waker(&signal_waker);
  struct Unregister {
    ~Unregister() {
      set_signal_waker(nullptr);
      clear_run_stop_waker();
    }
  } unregister;
  if (signal_pending()) return;
  if (seconds >= 0) {
    const uint64_t ms = uint64_t(std::ceil(seconds * 1000.0));
    uv_timer_start(
        &wait_timer_, [](uv_timer_t*) {}, ms, 0);
    uv_run(uv_.get(), UV_RUN_ONCE);
    uv_timer_stop(&wait_timer_);
  } else {
    uv_run(uv_.get(), UV_RUN_ONCE);
  }
}

void EventLoop::deadlock() {
  // A stop woke the wait: run_once ends the run instead of reporting a deadlock.
  if (run_stop_requested()) return;
  if (trace::Recorder* rec = active_tracer()) rec->loop_idle();
  if (g_loop_deadlock_hook) g_loop_deadlock_hook(this);
  if (!ready.empty() || !scheduled.empty() || stopping) return;
  stop_program(kExitDeadlock,
               "awaitlab: deadlock: nothing is ready, no timer is scheduled and no I/O or "
               "worker thread is pending, so the event loop would wait forever\n");
}

// The oracle's VirtualClockSelector.select: real I/O readiness is real; waits become jumps of
// the virtual clock; worker threads run while the clock stands still and sleep on it.
void EventLoop::poll_virtual(double timeout) {
  const WorkerHooks* hooks = g_worker_hooks;
  if (uv_loop_alive(uv_.get())) uv_run(uv_.get(), UV_RUN_NOWAIT);
  if (hooks) hooks->run_until_idle(this);
  if (timeout == 0 || !ready.empty()) return;
  const double start = clock_now();
  const double target = start + timeout;  // unused when timeout < 0 (None)
  if (hooks) {
    double wake;
    while (hooks->next_wake(&wake) && (timeout < 0 || wake <= target)) {
      hooks->release_next(this);
      if (!ready.empty()) return;
    }
  }
  // libuv jobs queued with queue_work: the clock stands still while they run.
  while (pending_jobs_ > 0 && ready.empty() && !run_stop_requested()) uv_wait(-1);
  if (!ready.empty()) return;
  if (timeout < 0) {
    if (io_refs_ > 0) {
      // CPython would wait for the sockets; give them the oracle's REAL_WAIT_LIMIT.
      uv_wait(10.0);
      if (!ready.empty()) return;
    }
    deadlock();
    return;
  }
  if (io_refs_ > 0) {
    // Loopback data already in flight arrives within microseconds (the oracle's IO_GRACE).
    uv_wait(0.002);
    if (!ready.empty()) return;
  }
  if (trace::Recorder* rec = active_tracer()) rec->loop_idle();
  if (clock_now() == start) {
    clock_advance(timeout);  // counter += timeout: exactly the oracle's float addition
  } else {
    clock_set(target);  // workers moved the clock: advance_to(target)
  }
  if (trace::Recorder* rec = active_tracer()) rec->clock_advance(clock_now());
}

void EventLoop::poll_real(double timeout) {
  const WorkerHooks* hooks = g_worker_hooks;
  if (hooks) hooks->unlock();
  struct Relock {
    const WorkerHooks* hooks;
    EventLoop* loop;
    ~Relock() {
      if (hooks) hooks->lock(loop);
    }
  } relock{hooks, this};
  if (timeout == 0) {
    if (uv_loop_alive(uv_.get())) uv_run(uv_.get(), UV_RUN_NOWAIT);
    return;
  }
  const bool workers = hooks && hooks->pending() > 0;
  if (timeout < 0 && !workers && !has_pending_outside() && !uv_busy() && !signal_watchers) {
    relock.hooks = nullptr;
    if (hooks) hooks->lock(this);
    deadlock();
    return;
  }
  if (trace::Recorder* rec = active_tracer()) rec->loop_idle();
  // Worker completions arrive through libuv (uv_queue_work's after callback) and end the wait.
  uv_wait(timeout);
  if (trace::Recorder* rec = active_tracer()) rec->clock_advance(clock_now());
}

void EventLoop::poll(double timeout) {
  if (clock_is_virtual()) {
    poll_virtual(timeout);
  } else {
    poll_real(timeout);
  }
}

// Only a task step at the front is a decision: callbacks before it keep their turn.
void EventLoop::choose_next(size_t remaining) {
  const auto is_step = [](const Handle* h) {
    return !h->cancelled && h->native && h->native->task_step;
  };
  if (!is_step(ready.front().get())) return;
  std::vector<Handle*> steps;
  std::vector<size_t> where;
  for (size_t j = 0; j < remaining; ++j) {
    Handle* h = ready[j].get();
    if (is_step(h)) {
      steps.push_back(h);
      where.push_back(j);
    }
  }
  if (steps.size() < 2) return;
  const size_t k = g_loop_schedule_chooser(this, steps);
  if (k >= steps.size() || where[k] == 0) return;
  Ref<Handle> chosen = std::move(ready[where[k]]);
  ready.erase(ready.begin() + std::ptrdiff_t(where[k]));
  ready.push_front(std::move(chosen));
}

void EventLoop::run_once() {
  if (asyncgens && g_loop_before_schedule) g_loop_before_schedule(this);
  const size_t sched_count = scheduled.size();
  if (sched_count > kMinScheduledTimerHandles &&
      double(timer_cancelled_count) / double(sched_count) > kMinCancelledTimerHandlesFraction) {
    // Remove delayed calls that were cancelled if their number is too high.
    std::vector<TimerEntry> kept;
    kept.reserve(sched_count);
    for (const TimerEntry& e : scheduled.items()) {
      if (e.handle->cancelled) {
        e.handle->scheduled = false;
      } else {
        kept.push_back(e);
      }
    }
    scheduled.assign(std::move(kept));
    timer_cancelled_count = 0;
  } else {
    // Remove delayed calls that were cancelled from the head of the queue.
    while (!scheduled.empty() && scheduled.top().handle->cancelled) {
      --timer_cancelled_count;
      TimerEntry e = scheduled.pop();
      e.handle->scheduled = false;
    }
  }

  double timeout = -1;  // None
  if (!ready.empty() || stopping) {
    timeout = 0;
  } else if (!scheduled.empty()) {
    const double when = scheduled.top().w;
    timeout = std::min(std::max(0.0, when - time()), kMaximumSelectTimeout);
  }
  poll(timeout);
  // A stop requested while the poll blocked ends the run as it does in Python code (run.h); a
  // signal that arrived runs its handlers now (CPython: select's EINTR, PyErr_CheckSignals).
  if (run_stop_requested()) raise(exc::KeyboardInterrupt, "");
  run_signal_handlers_now();

  // Handle 'later' callbacks that are ready.
  const double end_time = time() + clock_resolution;
  while (!scheduled.empty()) {
    if (scheduled.top().w >= end_time) break;
    TimerEntry e = scheduled.pop();
    e.handle->scheduled = false;
    if (trace::Recorder* rec = active_tracer()) {
      Handle* h = e.handle.get();
      rec->timer_fired(h->trace_id, h->when,
                       h->trace_label ? trace::Text(trace::StrId(h->trace_label))
                                      : trace::Text(h->callback_text(false)),
                       h->trace_owner);
    }
    ready.push_back(std::move(e.handle));
  }

  // Run exactly the handles that were ready when this pass began.
  const size_t ntodo = ready.size();
  for (size_t i = 0; i < ntodo; ++i) {
    if (g_loop_schedule_chooser && ntodo - i > 1) choose_next(ntodo - i);
    Ref<Handle> h = std::move(ready.front());
    ready.pop_front();
    if (h->cancelled) continue;
    const bool traced = !h->native || !h->native->task_step;
    if (traced) {
      if (trace::Recorder* rec = active_tracer()) {
        rec->callback_run(h->trace_id, h->trace_label ? trace::Text(trace::StrId(h->trace_label))
                                                      : trace::Text(h->callback_text(false)));
      }
    }
    Handle* saved = current_handle;
    current_handle = h.get();
    try {
      h->run();
    } catch (...) {
      current_handle = saved;
      throw;
    }
    current_handle = saved;
  }
}

// ---------------------------------------------------------------------------------------------
// 4. run_forever, stop, close
// ---------------------------------------------------------------------------------------------

void EventLoop::run_forever() {
  check_closed();
  check_running();
  Ref<EventLoop> keep(this);
  running = true;
  set_running_loop(this);
  auto leave = [&] {
    stopping = false;
    running = false;
    set_running_loop(nullptr);
    if (g_loop_running_hook) g_loop_running_hook(this, false);
  };
  try {
    if (g_loop_running_hook) g_loop_running_hook(this, true);
    for (;;) {
      run_once();
      if (stopping) break;
    }
  } catch (...) {
    leave();
    throw;
  }
  leave();
}

void EventLoop::close() {
  if (running) raise(exc::RuntimeError, "Cannot close a running event loop");
  if (closed) return;
  closed = true;
  executor_shutdown_called = true;
  close_signal_watchers(this);
  close_io_watchers(this);
  // Dropping the handles may run finalizers (pending tasks): move them out first.
  std::deque<Ref<Handle>> dropped_ready;
  dropped_ready.swap(ready);
  std::vector<TimerEntry> dropped_timers = scheduled.items();
  scheduled.assign({});
  timer_cancelled_count = 0;
  dropped_ready.clear();
  dropped_timers.clear();
}

// ---------------------------------------------------------------------------------------------
// 5. call_exception_handler (CPython: base_events.py call_exception_handler)
// ---------------------------------------------------------------------------------------------

namespace {

bool is_exit_exception(Object* e) {
  return exception_matches(e, exc::SystemExit) || exception_matches(e, exc::KeyboardInterrupt);
}

void write_err(const std::string& s) {
  if (interp().err) interp().err(s);
}

}  // namespace

void EventLoop::call_exception_handler(Dict* context) {
  Ref<EventLoop> keep(this);
  if (!exception_handler) {
    try {
      if (g_loop_default_exception_handler) g_loop_default_exception_handler(this, context);
    } catch (PyException& e) {
      if (is_exit_exception(e.exc.get())) throw;
      write_err("Exception in default exception handler\n");
    }
    return;
  }
  try {
    Value handler = exception_handler;
    call(handler.get(), {this, context});
  } catch (PyException& e) {
    if (is_exit_exception(e.exc.get())) throw;
    try {
      Ref<Dict> ctx = dict_new();
      dict_set_str(ctx.get(), "message", str_from("Unhandled error in exception handler").get());
      dict_set_str(ctx.get(), "exception", e.exc.get());
      dict_set_str(ctx.get(), "context", context);
      if (g_loop_default_exception_handler) g_loop_default_exception_handler(this, ctx.get());
    } catch (PyException& e2) {
      if (is_exit_exception(e2.exc.get())) throw;
      write_err(
          "Exception in default exception handler while handling an unexpected error in custom "
          "exception handler\n");
    }
  }
}

}  // namespace al
