// Events are stored packed (engine/trace/packed_event.h) and rebuilt on reading: every field
// must come back as written, in any reading order, from any thread.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "engine/trace/recorder.h"
#include "tests/engine/trace/scenarios.h"

using namespace al::trace;

namespace {

bool same(const Event& a, const Event& b) {
  return a.vtime == b.vtime && a.wall_ns == b.wall_ns && a.num == b.num && a.index == b.index &&
         a.task == b.task && a.line == b.line && a.obj_id == b.obj_id &&
         a.obj_label == b.obj_label && a.waker_id == b.waker_id && a.text == b.text &&
         a.extra == b.extra && a.col == b.col && a.kind == b.kind && a.obj_kind == b.obj_kind &&
         a.waker_kind == b.waker_kind && a.detail == b.detail;
}

}  // namespace

TEST_CASE("packed events keep every field of every kind", "[trace]") {
  Recorder rec(test::deterministic());
  rec.set_time(0.25);
  rec.task_created(7, "Task-7", "worker", {70000, 70000}, true);  // col saturates at 65535
  rec.ready(7, Waker::signal(15), {ObjKind::Barrier, 9, "Barrier b"});
  rec.step_begin(7);
  rec.timer_scheduled(3, 12.75, "sleep(12.5)", {4, 2});
  rec.primitive_op({ObjKind::Semaphore, 9, "Semaphore s"}, "acquire", {.value = -3.5}, {5, 6});
  rec.io_start(11, "read f", {8, 1});
  rec.console_output(Stream::Stderr, "warn\n", {9, 3});
  rec.diagnostic(DiagKind::ScheduleChoice, "chosen", 7, {10, 0});
  rec.step_cancelled({11, 4}, "bye");
  rec.clock_advance(12.75);
  rec.timer_fired(3, 12.75, "sleep(12.5)", 7);
  rec.io_done(11, "read f", 7, "b'x'");
  rec.loop_idle();

  Event created = rec[0];
  REQUIRE(created.kind == EventKind::TaskCreated);
  REQUIRE(created.line == 70000);
  REQUIRE(created.col == 65535);
  REQUIRE(created.detail == 1);
  REQUIRE(created.obj_kind == ObjKind::Coroutine);
  REQUIRE(rec.str(created.obj_label) == "worker");
  REQUIRE(rec.str(created.text) == "Task-7");
  REQUIRE(created.extra == kNone);
  Event ready = rec[1];
  REQUIRE(ready.waker_kind == WakerKind::Signal);
  REQUIRE(ready.waker_id == 15);
  REQUIRE(ready.obj_kind == ObjKind::Barrier);
  REQUIRE(ready.obj_id == 9);
  Event timer = rec[3];
  REQUIRE(timer.num == 12.75);
  REQUIRE(timer.extra == kNone);
  REQUIRE(timer.task == 7);
  Event op = rec[4];
  REQUIRE(op.num == -3.5);
  REQUIRE(op.extra != kNone);
  REQUIRE(rec.primitive_state(op).value == -3.5);
  REQUIRE(rec[5].detail == 0);
  REQUIRE(rec[6].stream() == Stream::Stderr);
  REQUIRE(rec[7].diag() == DiagKind::ScheduleChoice);
  REQUIRE(rec[7].task == 7);
  Event cancelled = rec[8];
  REQUIRE(cancelled.outcome() == StepOutcome::Cancelled);
  REQUIRE(cancelled.col == 4);
  REQUIRE(rec.str(cancelled.text) == "bye");
  Event advance = rec[9];
  REQUIRE(advance.num == 0.25);  // the old time
  REQUIRE(advance.vtime == 12.75);
  for (uint32_t i = 0; i < rec.size(); ++i) {
    REQUIRE(rec[i].index == i);
    REQUIRE(rec[i].vtime == (i < 9 ? 0.25 : 12.75));
    REQUIRE(rec.vtime(i) == rec[i].vtime);
  }
}

TEST_CASE("packed events read the same in any order and from two recorders", "[trace]") {
  Recorder a(test::deterministic()), b(test::deterministic());
  std::mt19937 rng(11);
  for (uint32_t i = 0; i < 20000; ++i) {
    // Time changes at random moments, as clock jumps and real-clock readings do.
    if (rng() % 7 == 0) a.set_time(i * 0.5);
    if (rng() % 3 == 0) b.set_time(i * 0.25);
    a.console_output(Stream::Stdout, "a", {i, 0});
    b.timer_scheduled(i, i * 2.0, "t", {i, 0});
  }
  std::vector<Event> forward;
  for (uint32_t i = 0; i < a.size(); ++i) forward.push_back(a[i]);
  std::vector<uint32_t> order(a.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  for (uint32_t i : order) {
    REQUIRE(same(a[i], forward[i]));
    // Interleaving another recorder must not confuse the in-order reader's cache.
    REQUIRE(b[i].num == i * 2.0);
  }
  for (uint32_t i = a.size(); i-- > 0;) REQUIRE(same(a[i], forward[i]));
  for (uint32_t i = 1; i < a.size(); ++i) REQUIRE(forward[i].vtime >= forward[i - 1].vtime);
}

TEST_CASE("a reader thread sees the clock of every event while the writer appends", "[trace]") {
  Recorder rec(test::deterministic());
  constexpr uint32_t kEvents = 200000;
  std::thread writer([&] {
    for (uint32_t i = 0; i < kEvents; ++i) {
      if (i % 3 == 0) rec.set_time(i * 0.001);
      rec.timer_scheduled(i, i + 0.5, "t");
    }
  });
  uint32_t seen = 0;
  while (seen < kEvents) {
    uint32_t n = rec.size();
    for (uint32_t i = seen; i < n; ++i) {
      Event e = rec[i];
      if (e.vtime != (i - i % 3) * 0.001 || e.num != i + 0.5 || e.obj_id != i) {
        FAIL("event " << i << " read incomplete");
      }
    }
    seen = n;
  }
  writer.join();
}

TEST_CASE("a step that begins right after another one shares its wall-clock reading", "[trace]") {
  Recorder rec(RecorderOptions{.enabled = true, .wall_clock = true});
  rec.ready(1, {});
  rec.ready(2, {});
  rec.step_begin(1);
  rec.step_suspended({3, 0}, {ObjKind::Sleep, 0, "sleep(0)"});
  rec.ready(1, Waker::task(1));
  rec.step_begin(2);  // only a Ready since the end of step 1
  rec.step_suspended({3, 0}, {ObjKind::Sleep, 0, "sleep(0)"});
  rec.loop_idle();
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  rec.step_begin(1);  // a loop boundary came in between: a reading of its own
  REQUIRE(rec[5].kind == EventKind::StepBegin);
  REQUIRE(rec[5].wall_ns == rec[3].wall_ns);
  REQUIRE(rec[4].wall_ns == rec[3].wall_ns);
  REQUIRE(rec[8].wall_ns >= rec[7].wall_ns + 2'000'000);
  for (uint32_t i = 1; i < rec.size(); ++i) REQUIRE(rec[i].wall_ns >= rec[i - 1].wall_ns);
}
