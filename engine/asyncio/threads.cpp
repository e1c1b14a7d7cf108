// asyncio.to_thread and loop.run_in_executor on libuv's thread pool (see threads.h).
//
// Index
//   1. Jobs and the pool: who may run Python (the "turn"), queues, parked sleepers
//   2. The worker side: uv work callback, time.sleep
//   3. The loop side: the WorkerHooks the event loop calls, completions
//   4. Python entry points: run_in_executor, set_default_executor, to_thread
#include "engine/asyncio/threads.h"

#include <uv.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <ctime>
#include <list>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <thread>
#include <vector>

#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/native_coro.h"
#include "engine/loop/clock.h"
#include "engine/loop/worker_hooks.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/run.h"

namespace al {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Jobs and the pool
// ---------------------------------------------------------------------------------------------

// Who may run Python: the loop thread, one job (by id), or, with the real clock while the loop
// waits in libuv, whoever takes it first.
constexpr uint64_t kLoopTurn = 0;
constexpr uint64_t kFreeTurn = UINT64_MAX;

struct Job {
  uint64_t id = 0;
  Ref<EventLoop> loop;
  Value func;
  Ref<Tuple> args;
  Ref<Dict> kwargs;
  Ref<Future> fut;  // wrap_future's destination
  Value result;
  Value error;
  bool cancelled = false;  // the future was cancelled before a worker took the job
  bool started = false;    // a worker took it (CPython: set_running_or_notify_cancel)
  bool finished = false;
  bool uv_done = false;  // libuv's after-work callback ran
  bool drained = false;  // its completion was scheduled on the loop
  int depth = 0;         // interp().recursion_depth of its Python code
  uv_work_t req{};
};

struct Parked {
  double wake;
  uint64_t seq;
  Job* job;
  bool operator>(const Parked& o) const { return wake > o.wake || (wake == o.wake && seq > o.seq); }
};

struct Pool {
  std::mutex m;
  std::condition_variable cv;
  uint64_t turn = kLoopTurn;
  uint64_t next_id = 0;
  uint64_t next_seq = 0;
  uint32_t max_workers = 1;
  uint32_t in_flight = 0;  // handed to libuv, not yet arrived on a worker thread
  uint32_t active = 0;     // handed to libuv and not finished
  std::list<std::unique_ptr<Job>> jobs;
  std::deque<Job*> queued;    // beyond max_workers, FIFO (CPython: the executor's work queue)
  std::deque<Job*> runnable;  // waiting for their turn (virtual clock), FIFO
  std::priority_queue<Parked, std::vector<Parked>, std::greater<Parked>> parked;
  std::vector<Job*> completed;
  // shutdown_default_executor's futures, completed when their loop has no job left.
  std::vector<Ref<Future>> shutdown_waiters;
  bool ending = false;  // threads_end_run: real-clock sleeps end at once
};

Pool& pool() {
  static Pool* p = new Pool();
  return *p;
}

thread_local Job* t_job = nullptr;   // the job this worker thread runs
thread_local int t_saved_depth = 0;  // the recursion depth of the thread it took the turn from

// The worker takes the interpreter: the recursion depth counter is the interpreter's, so the
// job keeps its own.
void enter_python(Job* j) {
  t_saved_depth = interp().recursion_depth;
  interp().recursion_depth = j->depth;
}

void leave_python(Job* j) {
  j->depth = interp().recursion_depth;
  interp().recursion_depth = t_saved_depth;
}

// ---------------------------------------------------------------------------------------------
// 2. The worker side
// ---------------------------------------------------------------------------------------------

void release_turn(Pool& p) {
  p.turn = clock_is_virtual() ? kLoopTurn : kFreeTurn;
}

// Waits for this job's turn: assigned by the loop (virtual clock) or free (real clock).
void wait_turn(Pool& p, std::unique_lock<std::mutex>& lk, Job* j) {
  if (clock_is_virtual()) {
    p.runnable.push_back(j);
    p.cv.notify_all();
    p.cv.wait(lk, [&] { return p.turn == j->id; });
  } else {
    p.cv.wait(lk, [&] { return p.turn == kFreeTurn; });
    p.turn = j->id;
  }
}

void work_cb(uv_work_t* req) {
  Job* j = static_cast<Job*>(req->data);
  Pool& p = pool();
  {
    std::unique_lock<std::mutex> lk(p.m);
    --p.in_flight;
    if (j->cancelled) {
      j->finished = true;
      --p.active;
      p.completed.push_back(j);
      p.cv.notify_all();
      return;
    }
    j->started = true;
    wait_turn(p, lk, j);
  }
  t_job = j;
  enter_python(j);
  try {
    const std::span<Object* const> args(j->args->items, j->args->size);
    j->result = call_kw(j->func.get(), args, j->kwargs.get());
  } catch (PyException& e) {
    j->error = std::move(e.exc);
  } catch (const std::exception& e) {
    j->error = new_exception(
        exc::RuntimeError, std::string("awaitlab: internal error in a worker thread: ") + e.what());
  }
  leave_python(j);
  t_job = nullptr;
  std::lock_guard<std::mutex> lk(p.m);
  j->finished = true;
  --p.active;
  p.completed.push_back(j);
  release_turn(p);
  p.cv.notify_all();
}

void after_work_cb(uv_work_t* req, int) {
  Job* j = static_cast<Job*>(req->data);
  j->uv_done = true;
}

// time.sleep on a worker thread: parks on the virtual clock, or sleeps without holding the
// interpreter on the real one.
bool worker_sleep(double seconds) {
  Job* j = t_job;
  if (!j) return false;
  Pool& p = pool();
  std::unique_lock<std::mutex> lk(p.m);
  leave_python(j);
  if (clock_is_virtual() && p.ending) {
    // threads_end_run gave this job its last turn: no clock will wake it any more.
  } else if (clock_is_virtual()) {
    p.parked.push(Parked{clock_now() + seconds, ++p.next_seq, j});
    p.turn = kLoopTurn;
    p.cv.notify_all();
    p.cv.wait(lk, [&] { return p.turn == j->id; });
  } else {
    p.turn = kFreeTurn;
    p.cv.notify_all();
    // Sleeps without the interpreter; a run that ends meanwhile wakes it (threads_end_run).
    if (seconds > 0) {
      // (At most 30 years at a time: the deadline must fit the clock's range.)
      const std::chrono::duration<double> span(std::min(seconds, 1e9));
      p.cv.wait_for(lk, span, [&] { return p.ending; });
    }
    p.cv.wait(lk, [&] { return p.turn == kFreeTurn; });
    p.turn = j->id;
  }
  enter_python(j);
  return true;
}

// ---------------------------------------------------------------------------------------------
// 3. The loop side
// ---------------------------------------------------------------------------------------------

// CPython: futures._chain_future's _set_state / _copy_future_state, run by the loop one hop
// after the job ended (call_soon_threadsafe). self is the destination future, arg the job's
// (ok, value) pair.
void set_state(Object* self, Object* arg) {
  auto* fut = static_cast<Future*>(self);
  if (fut->state == FutState::Cancelled) return;
  auto* pair = static_cast<Tuple*>(arg);
  if ((*pair)[0] == True_) {
    future_set_result(fut, (*pair)[1]);
  } else {
    future_set_exception(fut, (*pair)[1]);
  }
}

const NativeCallback kSetState{set_state, "_chain_future.<locals>._set_state", nullptr};

// CPython: futures._chain_future's _call_check_cancel: cancelling the asyncio future cancels
// the job if no worker has taken it yet. arg is the future (a done callback's argument).
void check_cancel(Object*, Object* arg) {
  auto* fut = static_cast<Future*>(arg);
  if (fut->state != FutState::Cancelled) return;
  Pool& p = pool();
  std::lock_guard<std::mutex> lk(p.m);
  for (const auto& j : p.jobs) {
    if (j->fut.get() == fut && !j->started) j->cancelled = true;
  }
}

const NativeCallback kCheckCancel{check_cancel, "_chain_future.<locals>._call_check_cancel",
                                  nullptr};

void set_shutdown_result(Object* self, Object*) {
  auto* fut = static_cast<Future*>(self);
  if (!fut->done()) future_set_result(fut, None);
}

const NativeCallback kShutdownDone{set_shutdown_result, "Future.set_result", nullptr};

// Hands queued jobs to libuv while fewer than max_workers run (loop thread: libuv is not
// thread-safe).
void dispatch_queued() {
  Pool& p = pool();
  std::vector<Job*> start;
  {
    std::lock_guard<std::mutex> lk(p.m);
    while (!p.queued.empty() && p.active < p.max_workers) {
      Job* j = p.queued.front();
      p.queued.pop_front();
      ++p.active;
      ++p.in_flight;
      start.push_back(j);
    }
  }
  for (Job* j : start) {
    j->req.data = j;
    uv_queue_work(j->loop->uv(), &j->req, work_cb, after_work_cb);
  }
}

bool loop_has_jobs(Pool& p, EventLoop* loop) {
  for (const auto& j : p.jobs) {
    if (j->loop.get() == loop && !j->drained) return true;
  }
  return false;
}

// Schedules the completions of finished jobs (in the order they finished), frees the jobs
// libuv is done with, and completes shutdown futures whose loop has nothing left.
void drain_completed() {
  Pool& p = pool();
  std::vector<Job*> done;
  {
    std::lock_guard<std::mutex> lk(p.m);
    done.swap(p.completed);
  }
  for (Job* j : done) {
    j->drained = true;
    if (j->cancelled) continue;
    Value ok = bool_obj(!j->error);
    Ref<Tuple> pair =
        tuple_from({ok.get(), j->error ? j->error.get() : (j->result ? j->result.get() : None)});
    j->loop->call_soon_native(&kSetState, j->fut.get(), pair.get());
  }
  // Jobs are destroyed outside the lock: dropping their objects may run Python finalizers.
  std::list<std::unique_ptr<Job>> dead;
  std::vector<Ref<Future>> ready_shutdowns;
  {
    std::lock_guard<std::mutex> lk(p.m);
    for (auto it = p.jobs.begin(); it != p.jobs.end();) {
      auto next = std::next(it);
      if ((*it)->drained && (*it)->uv_done) dead.splice(dead.end(), p.jobs, it);
      it = next;
    }
    auto& waiters = p.shutdown_waiters;
    for (size_t i = 0; i < waiters.size();) {
      if (loop_has_jobs(p, waiters[i]->loop.get())) {
        ++i;
        continue;
      }
      ready_shutdowns.push_back(std::move(waiters[i]));
      waiters.erase(waiters.begin() + long(i));
    }
  }
  for (const Ref<Future>& f : ready_shutdowns)
    f->loop->call_soon_native(&kShutdownDone, f.get(), nullptr);
}

// Virtual clock: once the jobs handed to libuv have reached their threads, the first runnable
// job runs until it finishes or parks; false when none is runnable.
bool run_next_runnable(Pool& p, std::unique_lock<std::mutex>& lk) {
  p.cv.wait(lk, [&] { return p.in_flight == 0; });
  if (p.runnable.empty()) return false;
  Job* j = p.runnable.front();
  p.runnable.pop_front();
  p.turn = j->id;
  p.cv.notify_all();
  p.cv.wait(lk, [&] { return p.turn == kLoopTurn; });
  return true;
}

// Virtual clock: every runnable worker runs, in turn, until it finishes or parks.
void run_until_idle(EventLoop*) {
  dispatch_queued();
  Pool& p = pool();
  {
    std::unique_lock<std::mutex> lk(p.m);
    while (run_next_runnable(p, lk)) {
      if (!p.queued.empty() && p.active < p.max_workers) {
        lk.unlock();
        dispatch_queued();
        lk.lock();
      }
    }
  }
  drain_completed();
}

bool next_wake(double* when) {
  Pool& p = pool();
  std::lock_guard<std::mutex> lk(p.m);
  if (p.parked.empty()) return false;
  *when = p.parked.top().wake;
  return true;
}

// The oracle's release_next: the clock moves to the earliest wake-up and that worker runs.
void release_next(EventLoop* loop) {
  Pool& p = pool();
  {
    std::lock_guard<std::mutex> lk(p.m);
    if (p.parked.empty()) return;
    const Parked next = p.parked.top();
    p.parked.pop();
    if (next.wake > clock_now()) clock_set(next.wake);  // the oracle assigns the wake time
    p.runnable.push_back(next.job);
  }
  run_until_idle(loop);
}

uint32_t pending() {
  Pool& p = pool();
  std::lock_guard<std::mutex> lk(p.m);
  return p.active + uint32_t(p.queued.size());
}

// Real clock: the loop lets workers run while it waits in libuv, then takes the interpreter
// back and schedules what finished.
void unlock_loop() {
  Pool& p = pool();
  std::lock_guard<std::mutex> lk(p.m);
  p.turn = kFreeTurn;
  p.cv.notify_all();
}

void lock_loop(EventLoop*) {
  Pool& p = pool();
  {
    std::unique_lock<std::mutex> lk(p.m);
    p.cv.wait(lk, [&] { return p.turn == kFreeTurn; });
    p.turn = kLoopTurn;
  }
  dispatch_queued();
  drain_completed();
}

const WorkerHooks kHooks{run_until_idle, next_wake, release_next, pending,
                         unlock_loop,    lock_loop, worker_sleep};

// CPython: ThreadPoolExecutor's default max_workers, min(32, (os.cpu_count() or 1) + 4), capped
// by libuv's pool size so that every started job has a thread.
uint32_t default_max_workers() {
  const unsigned cpus = std::max(1u, std::thread::hardware_concurrency());
  uint32_t n = std::min(32u, cpus + 4);
  if (const char* env = std::getenv("UV_THREADPOOL_SIZE")) {
    const long size = std::strtol(env, nullptr, 10);
    if (size > 0) n = std::min<uint32_t>(n, uint32_t(size));
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// 4. Python entry points
// ---------------------------------------------------------------------------------------------

Type* executor_type = nullptr;

// The loop's default executor (CPython: a ThreadPoolExecutor created on first use); here it
// only marks that jobs were submitted, for shutdown_default_executor.
Value default_executor() {
  if (!executor_type) {
    Type* t = new_builtin_type("ThreadPoolExecutor", object_type);
    t->module = "concurrent.futures.thread";
    t->allows_subclass = false;
    t->ready();
    executor_type = t;
  }
  return make<Object>(executor_type);
}

Value m_run_in_executor(Object* self, Args a) {
  no_kwargs(a, "run_in_executor");
  if (a.npos < 2) {
    raise(exc::TypeError, "BaseEventLoop.run_in_executor() missing " + std::to_string(2 - a.npos) +
                              " required positional argument" + (a.npos == 1 ? "" : "s") + ": " +
                              (a.npos == 0 ? "'executor' and 'func'" : "'func'"));
  }
  auto* loop = static_cast<EventLoop*>(self);
  loop->check_closed();
  // CPython 3.11 checks the callback only in debug mode.
  if (loop->debug) {
    check_callback(a[1], "run_in_executor");
    if (iscoroutinefunction(a[1]))
      raise(exc::TypeError, "coroutines cannot be used with run_in_executor()");
  }
  if (a[0] != None) {
    raise(exc::NotImplementedError,
          "awaitlab: run_in_executor supports only the default executor (None)");
  }
  return run_in_executor(loop, a[1], std::span<Object* const>(a.items + 2, a.npos - 2));
}

Value m_set_default_executor(Object*, Args a) {
  check_one_arg(a, "set_default_executor");
  raise(exc::NotImplementedError, "awaitlab: set_default_executor is not supported");
}

// CPython: threads.to_thread: `await loop.run_in_executor(None, partial(ctx.run, func, ...))`.
Coro to_thread_body(Value func, Ref<Tuple> args, Ref<Dict> kwargs) {
  EventLoop* loop = asyncio_get_running_loop();
  Ref<Future> fut = run_in_executor(
      loop, func.get(), std::span<Object* const>(args->items, args->size), kwargs.get());
  Value r = co_await await_object(fut.get());
  co_return r;
}

Value py_to_thread(Object*, Args a) {
  if (a.npos == 0)
    raise(exc::TypeError, "to_thread() missing 1 required positional argument: 'func'");
  Ref<Tuple> args = tuple_from(std::span<Object* const>(a.items + 1, a.npos - 1));
  Ref<Dict> kwargs;
  if (a.nkw()) {
    kwargs = dict_new();
    for (size_t i = 0; i < a.nkw(); ++i) dict_set(kwargs.get(), a.kw_name(i), a.kw_value(i));
  }
  return native_coro(to_thread_body(Value(a[0]), args, kwargs), "to_thread");
}

}  // namespace

// CPython: BaseEventLoop.run_in_executor with executor None, and futures.wrap_future.
Ref<Future> run_in_executor(EventLoop* loop, Object* func, std::span<Object* const> args,
                            Dict* kwargs) {
  loop->check_closed();
  if (!loop->default_executor) {
    if (loop->executor_shutdown_called)
      raise(exc::RuntimeError, "Executor shutdown has been called");
    loop->default_executor = default_executor();
  }
  Pool& p = pool();
  g_worker_hooks = &kHooks;
  auto job = std::make_unique<Job>();
  Job* j = job.get();
  j->loop = Ref<EventLoop>(loop);
  j->func = Value(func);
  j->args = tuple_from(args);
  j->kwargs = Ref<Dict>(kwargs);
  j->fut = future_new(loop);
  future_add_native_callback(j->fut.get(), &kCheckCancel, nullptr);
  {
    std::lock_guard<std::mutex> lk(p.m);
    j->id = ++p.next_id;
    p.jobs.push_back(std::move(job));
    p.queued.push_back(j);
  }
  dispatch_queued();
  return j->fut;
}

void threads_end_run() {
  if (!g_worker_hooks) return;
  Pool& p = pool();
  std::unique_lock<std::mutex> lk(p.m);
  // Jobs never handed to libuv have no thread: they are dropped as cancelled.
  for (Job* j : p.queued) {
    j->cancelled = true;
    j->finished = true;
    j->drained = true;
  }
  p.queued.clear();
  if (p.active == 0) return;
  lk.unlock();
  // Under a stop request the released Python code ends at its next call or jump, and no
  // handler runs (engine/vm/run.h).
  const bool stopped = run_stop_requested();
  if (!stopped) request_run_stop();
  lk.lock();
  p.ending = true;
  if (clock_is_virtual()) {
    // Every waiting or parked job takes its turn, one after another, as run_until_idle does.
    do {
      while (!p.parked.empty()) {
        p.runnable.push_back(p.parked.top().job);
        p.parked.pop();
      }
    } while (run_next_runnable(p, lk));
  } else {
    // The jobs take the free turn in any order, as while the loop waits in libuv.
    p.turn = kFreeTurn;
    p.cv.notify_all();
    p.cv.wait(lk, [&] { return p.active == 0 && p.turn == kFreeTurn; });
    p.turn = kLoopTurn;
  }
  p.ending = false;
  // Their completions belong to a loop that will not run again.
  for (Job* j : p.completed) j->drained = true;
  p.completed.clear();
  lk.unlock();
  if (!stopped) clear_run_stop();
}

Ref<Future> executor_shutdown_future(EventLoop* loop) {
  loop->executor_shutdown_called = true;
  if (!loop->default_executor) return nullptr;
  Ref<Future> fut = future_new(loop);
  Pool& p = pool();
  {
    std::lock_guard<std::mutex> lk(p.m);
    p.shutdown_waiters.push_back(fut);
  }
  drain_completed();
  return fut;
}

void threads_configure_pool() {
  static bool done = false;
  if (done) return;
  done = true;
  pool().max_workers = default_max_workers();
  // libuv sizes its pool once, at first use: enough threads for every job that may run at once
  // (a sleeping job keeps its thread), plus libuv's default four for file I/O.
  const std::string size = std::to_string(pool().max_workers + 4);
  setenv("UV_THREADPOOL_SIZE", size.c_str(), 0);
}

void init_threads(Module* asyncio) {
  threads_configure_pool();
  static bool types_done = false;
  if (!types_done) {
    types_done = true;
    add_method(event_loop_type, "run_in_executor", m_run_in_executor);
    add_method(event_loop_type, "set_default_executor", m_set_default_executor);
    type_modified();
  }
  Value f = make_builtin("to_thread", py_to_thread);
  module_add(asyncio, "to_thread", f.get());
}

}  // namespace al
