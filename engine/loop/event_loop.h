// The event loop: CPython 3.11's BaseEventLoop scheduling core on top of libuv (CPython:
// Lib/asyncio/base_events.py, DESIGN.md §2–§3).
//
// The engine owns the ready deque and the timer heap; libuv only polls I/O, runs worker-thread
// jobs and delivers signals. run_once() is `_run_once` line for line:
//   1. purge cancelled timers (rebuild the heap when > 100 are scheduled and more than half are
//      cancelled, else pop cancelled ones from the head);
//   2. poll: timeout 0 when something is ready or the loop is stopping, else
//      min(max(0, when - time()), 86400) for the earliest timer, else "forever";
//      virtual clock: nothing to wait for but the timer means `now += timeout`;
//      forever with nothing that could ever arrive is a deadlock (the deadlock hook runs);
//   3. move every timer with when < time() + clock_resolution to the ready deque;
//   4. run exactly the handles that were ready when the pass began (a snapshot count).
//
// The loop is a Python object (type _UnixSelectorEventLoop); its Python methods are in
// loop_methods.cpp, the asyncio layer adds create_task, create_future, run_until_complete...
//
// Hooks for other layers (function pointers, set once at start-up):
//   g_loop_deadlock_hook   nothing is ready, no timer, no I/O or worker job: explain and stop
//   g_loop_running_hook    run_forever begins/ends (asyncio installs the asyncgen hooks)
//   g_loop_default_exception_handler   the default of call_exception_handler (logging text)
//   g_loop_schedule_chooser   be-the-scheduler: picks which ready task step runs next
//
// I/O and worker jobs (for the streams and to_thread helpers): keep the loop from declaring a
// deadlock while they are pending, and run completion code on the loop thread:
//   loop->io_ref() / io_unref()                 a socket or server is registered
//   loop->queue_work(work, after)               uv_queue_work: `work` on libuv's pool,
//                                               `after` on the loop thread during a poll
//   loop->uv()                                  the uv_loop_t to create uv handles on
//
// Stop from another thread (request_run_stop in engine/vm/run.h) wakes a blocked poll through a
// uv_async_t; run_once then raises the same uncatchable KeyboardInterrupt as the VM's breaker.
#pragma once

#include <uv.h>

#include <deque>
#include <functional>
#include <memory>
#include <span>

#include "engine/loop/handle.h"
#include "engine/loop/timer_heap.h"
#include "engine/runtime/object.h"

namespace al {

// CPython: base_events.py MAXIMUM_SELECT_TIMEOUT, _MIN_SCHEDULED_TIMER_HANDLES,
// _MIN_CANCELLED_TIMER_HANDLES_FRACTION.
inline constexpr double kMaximumSelectTimeout = 24 * 3600;
inline constexpr size_t kMinScheduledTimerHandles = 100;
inline constexpr double kMinCancelledTimerHandlesFraction = 0.5;

// A heap entry: the deadline is copied next to the handle so sifting stays in cache.
struct TimerEntry {
  double w;
  Ref<Handle> handle;
  double when() const { return w; }
};

struct EventLoop : Object {
  std::deque<Ref<Handle>> ready;
  TimerHeap<TimerEntry> scheduled;
  size_t timer_cancelled_count = 0;
  bool stopping = false;
  bool closed = false;
  bool running = false;
  bool debug = false;
  double clock_resolution = 1e-09;
  Handle* current_handle = nullptr;  // the handle being run (trace wakers)
  Value exception_handler;           // set_exception_handler(); null: the default
  Value current_task;                // asyncio: the task whose step is running
  Value task_factory;
  Value default_executor;
  Value asyncgens;  // asyncio: the set of live async generators (or null)
  bool asyncgens_shutdown_called = false;
  bool executor_shutdown_called = false;
  uint32_t signal_watchers = 0;  // add_signal_handler's libuv watchers (signals.cpp)
  Value saved_firstiter;         // sys asyncgen hooks saved by run_forever
  Value saved_finalizer;

  explicit EventLoop(Type* t);
  ~EventLoop() override;

  // --- clock ---------------------------------------------------------------------------------
  double time() const;

  // --- scheduling (CPython: call_soon, call_later, call_at) -----------------------------------
  // Python callables; the caller has checked the callback (check_callback) and closedness.
  Ref<Handle> call_soon(Object* callback, std::span<Object* const> args, Object* context = nullptr);
  Ref<Handle> call_at(double when, Object* callback, std::span<Object* const> args,
                      Object* context = nullptr);
  // Native callbacks: fn(self, arg).
  Ref<Handle> call_soon_native(const NativeCallback* cb, Object* self, Object* arg);
  Ref<Handle> call_at_native(double when, const NativeCallback* cb, Object* self, Object* arg);
  // Appends an already-built handle to the ready deque (records it in the trace).
  void push_ready(Ref<Handle> h);
  // CPython: _timer_handle_cancelled.
  void timer_handle_cancelled(Handle* h);

  // --- running --------------------------------------------------------------------------------
  void run_once();
  // CPython: run_forever (the running-loop registration and asyncgen hooks included).
  void run_forever();
  void stop() { stopping = true; }
  // CPython: close(): clears the ready deque and the heap. RuntimeError when running.
  void close();
  // RuntimeError('Event loop is closed') / ('This event loop is already running') /
  // ('Cannot run the event loop while another loop is running').
  void check_closed() const;
  void check_running() const;

  // CPython: call_exception_handler(context): the custom handler or the default one; errors in
  // a handler are reported as CPython does.
  void call_exception_handler(Dict* context);

  // --- libuv ------------------------------------------------------------------------------------
  uv_loop_t* uv() { return uv_.get(); }
  void io_ref() { ++io_refs_; }
  void io_unref() { --io_refs_; }
  // Runs `work` (C++ only: no Python objects) on libuv's thread pool, then `after` on the loop
  // thread during a poll (it should schedule with call_soon rather than run Python at length).
  // The loop does not declare a deadlock, nor advance the virtual clock, while it is pending.
  // Python functions in threads go through engine/asyncio/threads.h instead.
  void queue_work(std::function<void()> work, std::function<void()> after);
  uint32_t pending_jobs() const { return pending_jobs_; }
  uint32_t io_refs() const { return io_refs_; }

 private:
  // Polls libuv; `timeout` < 0 means "until something happens".
  void poll(double timeout);
  void poll_virtual(double timeout);
  void poll_real(double timeout);
  // Nothing can ever happen: the deadlock hook reports and stops the program.
  void deadlock();
  bool has_pending_outside() const { return pending_jobs_ > 0 || io_refs_ > 0; }
  // libuv has handles or requests besides the signal watchers (uv_loop_alive would count them).
  bool uv_busy() const {
    return uv_->active_handles > signal_watchers || uv_->active_reqs.count > 0;
  }
  // Runs libuv for at most `seconds` of real time (negative: until an event).
  void uv_wait(double seconds);
  // Asks g_loop_schedule_chooser which of the first `remaining` ready handles runs next.
  void choose_next(size_t remaining);

  std::unique_ptr<uv_loop_t> uv_;
  uv_timer_t wait_timer_;
  uv_async_t stop_wake_;  // signalled by request_run_stop while uv_wait blocks
  uint32_t pending_jobs_ = 0;
  uint32_t io_refs_ = 0;
};

extern Type* event_loop_type;

// The loop whose run_forever is active on this thread, or null (CPython:
// events._get_running_loop).
EventLoop* running_loop();
void set_running_loop(EventLoop* loop);

Ref<EventLoop> event_loop_new();

// Handle ids (the trace's HandleIds) restart at 1 for each run.
void reset_handle_ids();

// CPython: base_events.py _check_callback: TypeError for coroutines and non-callables.
void check_callback(Object* callback, const char* method);

// Hooks (see the header comment).
extern void (*g_loop_deadlock_hook)(EventLoop* loop);
extern void (*g_loop_running_hook)(EventLoop* loop, bool entering);
// Runs before a callback is scheduled and at the start of each pass while the loop has async
// generators (`asyncgens` set): asyncio finalizes the ones that became garbage.
extern void (*g_loop_before_schedule)(EventLoop* loop);
extern void (*g_loop_default_exception_handler)(EventLoop* loop, Dict* context);
// CPython: base_events.py default_exception_handler: logs the message, the other context keys
// (sorted, repr'd) and the exception's traceback to stderr, as logging's last-resort handler
// prints asyncio's logger.error.
void default_exception_handler(EventLoop* loop, Dict* context);
// Be-the-scheduler (engine/asyncio/schedule.h): when set and at least two of the handles left in
// run_once's snapshot are task steps, it gets those steps in FIFO order and returns the index of
// the one to run next, which moves to the front. Null (the default): CPython's order exactly.
extern size_t (*g_loop_schedule_chooser)(EventLoop* loop, std::span<Handle* const> steps);

// Recognises coroutine objects for check_callback (asyncio's native coroutines included).
extern bool (*g_is_coroutine_hook)(Object* o);

void init_event_loop_type();
// signals.cpp: add_signal_handler / remove_signal_handler, and their cleanup at close().
void init_signal_methods();
void close_signal_watchers(EventLoop* loop);
// io_watchers.cpp: add_reader / add_writer / remove_reader / remove_writer (libuv poll
// watchers), and their cleanup at close().
void init_io_methods();
void close_io_watchers(EventLoop* loop);

}  // namespace al
