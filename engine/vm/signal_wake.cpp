#include "engine/vm/signal_wake.h"

#include <atomic>

#include "engine/runtime/exceptions.h"
#include "engine/runtime/object.h"
#include "engine/vm/eval.h"

namespace al {

extern std::atomic<bool> g_eval_breaker;

namespace {
// Lock-free, so the C signal handler can read it.
std::atomic<const SignalWaker*> g_waker{nullptr};
static_assert(std::atomic<const SignalWaker*>::is_always_lock_free);
}  // namespace

void set_signal_waker(const SignalWaker* waker) {
  g_waker.store(waker);
}

void wake_for_signal() {
  if (const SignalWaker* w = g_waker.load()) w->wake(w->arg);
}

bool signal_pending() {
  return g_eval_breaker.load();
}

void run_signal_handlers_now() {
  if (!g_eval_breaker.load(std::memory_order_relaxed)) return;
  if (!g_eval_breaker.exchange(false)) return;
  if (!g_run_signal_handlers || !g_run_signal_handlers()) raise(exc::KeyboardInterrupt, "");
}

}  // namespace al
