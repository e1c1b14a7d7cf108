// Signals that arrive while the event loop blocks in its poll (a real-clock sleep, a server
// waiting for connections) end the wait at once and run their handlers, as in CPython, where
// select() returns EINTR and PyErr_CheckSignals runs the Python handlers right there (so Ctrl-C
// raises KeyboardInterrupt out of the poll instead of after the timer).
//
//   loop thread:   set_signal_waker(&waker); uv_run(...); set_signal_waker(nullptr);
//                  run_signal_handlers_now();   // after the poll returned
//   C handler:     g_eval_breaker = true; wake_for_signal();
#pragma once

namespace al {

struct SignalWaker {
  void (*wake)(void* arg);  // must be async-signal-safe (uv_async_send is)
  void* arg;
};

// The loop thread registers its waker around a blocking poll; nullptr clears it.
void set_signal_waker(const SignalWaker* waker);
// Async-signal-safe: wakes the blocked poll, if any.
void wake_for_signal();
// A signal arrived and its handlers have not run yet (checked after registering the waker, so
// that one arriving just before the poll does not wait for the poll's timeout).
bool signal_pending();
// After a poll: a signal that tripped the eval breaker runs its handlers now (CPython:
// signalmodule.c _PyErr_CheckSignalsTstate); without a Python handler it is Ctrl-C and raises
// KeyboardInterrupt, as the eval breaker does between instructions.
void run_signal_handlers_now();

}  // namespace al
