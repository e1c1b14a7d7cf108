// EventLoop::run_once against CPython 3.11's base_events.py _run_once: the ready snapshot, the
// heapq order of equal deadlines, the cancelled-timer purge, the virtual clock's float
// arithmetic, the 86400 s poll cap and the deadlock hook. Native callbacks record what ran.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <vector>

#include "engine/loop/clock.h"
#include "engine/loop/event_loop.h"
#include "engine/runtime/api.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/types.h"
#include "engine/vm/vm.h"

namespace {

std::vector<int64_t> g_ran;
al::EventLoop* g_loop = nullptr;

void record(al::Object*, al::Object* arg) {
  int64_t v = 0;
  al::int_as_int64(arg, v);
  g_ran.push_back(v);
}

// Records its argument, then schedules arg + 100 with call_soon once.
void record_and_reschedule(al::Object* self, al::Object* arg);
const al::NativeCallback kRecord{record, "record", nullptr};
const al::NativeCallback kReschedule{record_and_reschedule, "record_and_reschedule", nullptr};

void record_and_reschedule(al::Object* self, al::Object* arg) {
  record(self, arg);
  int64_t v = 0;
  al::int_as_int64(arg, v);
  if (v < 100) g_loop->call_soon_native(&kRecord, nullptr, al::int_from(v + 100).get());
}

al::Ref<al::EventLoop> fresh_loop() {
  al::vm_init();
  al::clock_reset(al::ClockMode::Virtual);
  g_ran.clear();
  al::Ref<al::EventLoop> loop = al::event_loop_new();
  g_loop = loop.get();
  return loop;
}

bool g_deadlocked = false;
void stop_on_deadlock(al::EventLoop* loop) {
  g_deadlocked = true;
  loop->stop();
}

}  // namespace

TEST_CASE("run_once runs the ready handles of the pass's start only", "[loop]") {
  auto loop = fresh_loop();
  loop->call_soon_native(&kReschedule, nullptr, al::int_from(1).get());
  loop->call_soon_native(&kReschedule, nullptr, al::int_from(2).get());
  loop->run_once();
  CHECK(g_ran == std::vector<int64_t>{1, 2});
  loop->run_once();
  CHECK(g_ran == std::vector<int64_t>{1, 2, 101, 102});
}

TEST_CASE("equal deadlines fire in heapq order, not FIFO", "[loop]") {
  // Expected from CPython 3.11 (DESIGN.md §2): twelve call_at with one deadline.
  auto loop = fresh_loop();
  for (int i = 0; i < 12; ++i) loop->call_at_native(1.0, &kRecord, nullptr, al::int_from(i).get());
  loop->run_once();
  CHECK(al::clock_now() == 1.0);
  CHECK(g_ran == std::vector<int64_t>{0, 2, 6, 11, 10, 9, 8, 5, 7, 4, 1, 3});
}

TEST_CASE("the virtual clock advances by the poll timeout with float arithmetic", "[loop][clock]") {
  // python3: n = 0.1; w = n + 0.2 -> 0.30000000000000004; n + (w - n) -> 0.30000000000000004
  auto loop = fresh_loop();
  loop->call_at_native(0.1, &kRecord, nullptr, al::int_from(1).get());
  loop->run_once();
  CHECK(al::clock_now() == 0.1);
  loop->call_at_native(loop->time() + 0.2, &kRecord, nullptr, al::int_from(2).get());
  loop->run_once();
  CHECK(al::clock_now() == 0.30000000000000004);
  CHECK(g_ran == std::vector<int64_t>{1, 2});
}

TEST_CASE("a poll waits at most 86400 s", "[loop][clock]") {
  auto loop = fresh_loop();
  loop->call_at_native(200000.0, &kRecord, nullptr, al::int_from(1).get());
  loop->run_once();
  CHECK(al::clock_now() == 86400.0);
  CHECK(g_ran.empty());
  loop->run_once();
  loop->run_once();
  CHECK(al::clock_now() == 200000.0);
  CHECK(g_ran == std::vector<int64_t>{1});
}

TEST_CASE("cancelled timers: head pops, and the purge above 100 with more than half cancelled",
          "[loop]") {
  auto loop = fresh_loop();
  std::vector<al::Ref<al::Handle>> hs;
  for (int i = 0; i < 150; ++i) {
    hs.push_back(loop->call_at_native(1.0 + i, &kRecord, nullptr, al::int_from(i).get()));
  }
  for (int i = 0; i < 60; ++i) hs[i].get()->cancel();
  CHECK(loop->timer_cancelled_count == 60);
  // 60 of 150 is not more than half: only the cancelled head is popped; the first live timer
  // (deadline 61.0) then fires.
  loop->run_once();
  CHECK(loop->scheduled.size() == 89);
  CHECK(loop->timer_cancelled_count == 0);
  CHECK(g_ran == std::vector<int64_t>{60});
  for (int i = 61; i < 140; ++i) hs[i].get()->cancel();
  CHECK(loop->timer_cancelled_count == 79);
  // 79 of 89 scheduled are cancelled: the heap is rebuilt from the live ones.
  loop->run_once();
  CHECK(loop->timer_cancelled_count == 0);
  CHECK(loop->scheduled.size() == 9);
  CHECK(g_ran == std::vector<int64_t>{60, 140});
}

TEST_CASE("a cancelled ready handle is skipped", "[loop]") {
  auto loop = fresh_loop();
  auto h = loop->call_soon_native(&kRecord, nullptr, al::int_from(1).get());
  loop->call_soon_native(&kRecord, nullptr, al::int_from(2).get());
  h->cancel();
  loop->run_once();
  CHECK(g_ran == std::vector<int64_t>{2});
}

TEST_CASE("nothing ready, no timer, no I/O: the deadlock hook runs instead of waiting", "[loop]") {
  auto loop = fresh_loop();
  auto saved = al::g_loop_deadlock_hook;
  al::g_loop_deadlock_hook = stop_on_deadlock;
  g_deadlocked = false;
  loop->run_forever();
  al::g_loop_deadlock_hook = saved;
  CHECK(g_deadlocked);
  CHECK(al::clock_now() == 0.0);
}

namespace {

void raise_usr1(al::Object*, al::Object* arg) {
  record(nullptr, arg);
  std::raise(SIGUSR1);
}
const al::NativeCallback kRaise{raise_usr1, "raise_usr1", nullptr};

}  // namespace

TEST_CASE("a signal handler runs one pass after the signal, after that pass's callbacks",
          "[loop][signal]") {
  // CPython: the C handler writes to the self-pipe; the next select() appends the handler's
  // Handle to the ready deque behind what the signalling pass scheduled.
  auto loop = fresh_loop();
  al::Value handler = al::make_builtin("on_usr1", [](al::Object*, al::Args a) -> al::Value {
    record(nullptr, a[0]);
    return al::none();
  });
  al::Value sig = al::int_from(SIGUSR1);
  al::Value arg = al::int_from(99);
  al::call_method(loop.get(), "add_signal_handler", {sig.get(), handler.get(), arg.get()});
  loop->call_soon_native(&kRaise, nullptr, al::int_from(1).get());
  loop->call_soon_native(&kReschedule, nullptr, al::int_from(2).get());
  loop->run_once();
  CHECK(g_ran == std::vector<int64_t>{1, 2});
  loop->run_once();
  CHECK(g_ran == std::vector<int64_t>{1, 2, 102, 99});
  al::Value removed = al::call_method(loop.get(), "remove_signal_handler", {sig.get()});
  CHECK(removed.get() == al::True_);
}

TEST_CASE("the virtual clock waits for a worker job before jumping to the next timer",
          "[loop][clock][worker]") {
  // The oracle's rule: while a worker job runs, the clock stands still.
  auto loop = fresh_loop();
  loop->call_at_native(5.0, &kRecord, nullptr, al::int_from(5).get());
  std::atomic<int> computed{0};
  double clock_at_completion = -1;
  loop->queue_work(
      [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        computed = 7;
      },
      [&] {
        clock_at_completion = al::clock_now();
        g_loop->call_soon_native(&kRecord, nullptr, al::int_from(computed.load()).get());
      });
  CHECK(loop->pending_jobs() == 1);
  // The poll waits for the job; its completion schedules a callback before the pass's snapshot
  // (as CPython's _process_events does), so the same pass runs it.
  loop->run_once();
  CHECK(clock_at_completion == 0.0);
  CHECK(g_ran == std::vector<int64_t>{7});
  loop->run_once();
  CHECK(al::clock_now() == 5.0);
  CHECK(g_ran == std::vector<int64_t>{7, 5});
}
