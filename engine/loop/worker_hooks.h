// Worker threads that run Python code (asyncio.to_thread and loop.run_in_executor, written in
// engine/asyncio/threads.cpp) share the interpreter with the loop thread: one thread runs
// Python at a time. The loop calls these hooks so that workers run and sleep on the run's clock
// exactly as in the oracle (tests/conformance/oracle.py VirtualClock):
//
//   virtual clock, in EventLoop::poll:
//     after the non-blocking uv_run:   hooks->run_until_idle(loop)   (the oracle's wait_idle)
//     if timeout == 0 or ready: return
//     target = timeout < 0 ? +inf : clock_now() + timeout
//     while (hooks->next_wake(&w) && w <= target) {     (the oracle's release_next loop)
//       hooks->release_next(loop);                      // clock = max(clock, w), runs it
//       if ready: return
//     }
//     ... then as before; the final jump sets the clock to `target` exactly.
//   real clock, around the whole real-clock branch of poll (timeout 0 included): hooks->unlock()
//     first, hooks->lock(loop) last (it waits for a worker running Python to stop, then
//     schedules the completions of finished jobs); hooks->pending() > 0 means "not a deadlock"
//     (a job will complete).
//   time.sleep (clock_sleep) first asks hooks->sleep(seconds): true when the calling thread is a
//     worker and the hook parked it (virtual) or slept without holding the interpreter (real).
//
// g_worker_hooks stays null until the first job is submitted, so runs without threads pay one
// load per poll.
#pragma once

#include <cstdint>

namespace al {

struct EventLoop;

struct WorkerHooks {
  void (*run_until_idle)(EventLoop* loop);
  bool (*next_wake)(double* when);
  void (*release_next)(EventLoop* loop);
  uint32_t (*pending)();
  void (*unlock)();
  void (*lock)(EventLoop* loop);
  bool (*sleep)(double seconds);
};

inline const WorkerHooks* g_worker_hooks = nullptr;

}  // namespace al
