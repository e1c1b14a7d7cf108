// Exact text of the terminal timeline and the event list.
#include <catch2/catch.hpp>

#include "engine/trace/event_text.h"
#include "engine/trace/text_timeline.h"
#include "engine/trace/trace_model.h"
#include "tests/engine/trace/scenarios.h"

using namespace al::trace;

TEST_CASE("text timeline of the ping-pong, one column per step", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_ping_pong(rec);
  TraceModel model(rec);
  // Steps: Task-1, Task-2, Task-3, Task-2, Task-3, Task-1 (the callbacks are not steps).
  REQUIRE(render_text_timeline(model) ==
          "steps 1–6 (1 column = 1 step), virtual time 0.000–0.000\n"
          "                  1\n"
          "Task-1 (main)     █···░█ done, result None\n"
          "Task-2 (producer) ░█░█✓  done, result None\n"
          "Task-3 (consumer) ░░█░█✓ done, result None\n"
          "legend: █ running  ░ ready  · waiting  ✓ done  ✗ failed  ⊘ cancelled\n");
}

TEST_CASE("text timeline folds steps into columns and cuts long rows", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_ping_pong(rec);
  TraceModel model(rec);
  TextTimelineOptions options;
  options.columns = 4;  // 6 steps → 2 steps per column, 3 columns
  options.width = 30;
  options.name_width = 8;
  options.legend = false;
  // Columns: steps 1-2 [events 2..12], steps 3-4 [13..23], steps 5-6 [24..33].
  REQUIRE(render_text_timeline(model, options) ==
          "steps 1–6 (1 column = 2 steps…\n"
          "         1\n"
          "Task-1 … █·█ done, result None\n"
          "Task-2 … ██✓ done, result None\n"
          "Task-3 … ░██ done, result None\n");
}

TEST_CASE("text timeline on the time axis", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_lock_with_three_waiters(rec);
  TraceModel model(rec);
  TextTimelineOptions options;
  options.axis = TimelineAxis::Time;
  options.columns = 4;
  options.legend = false;
  // Four columns of 0.25 s: the first holds every event at t=0, the last those at t=1.
  REQUIRE(render_text_timeline(model, options) ==
          "virtual time 0.000–1.000 (1 column = 0.25 s), 7 steps\n"
          "                0\n"
          "Task-1 (main)   █··· waiting: gather(4 tasks) (line 10)\n"
          "Task-2 (worker) █··█ done, result None\n"
          "Task-3 (worker) █··█ waiting: sleep(1) (line 5)\n"
          "Task-4 (worker) █··· waiting: Lock lock (line 4)\n"
          "Task-5 (worker) █··· waiting: Lock lock (line 4)\n");
}

TEST_CASE("text timeline marks cancelled tasks", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_cancelled_task(rec);
  TraceModel model(rec);
  TextTimelineOptions options;
  options.legend = false;
  // Steps: Task-1, Task-2, Task-1, Task-2 (cancelled), Task-1.
  REQUIRE(render_text_timeline(model, options) ==
          "steps 1–5 (1 column = 1 step), virtual time 0.000–0.000\n"
          "                 1\n"
          "Task-1 (main)    █░█░█ done, result None\n"
          "Task-2 (sleeper) ░█░█⊘ cancelled\n");
}

TEST_CASE("event list of the cancelled task", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_cancelled_task(rec);
  TraceModel model(rec);
  REQUIRE(
      render_event_list(model) ==
      " 0  0.000  Task-1 (main)         the loop creates Task-1 (main) at line 15\n"
      " 1  0.000  Task-1 (main)         Task-1 (main) is ready: woken by the loop\n"
      " 2  0.000  Task-1 (main)         Task-1 (main) runs (step 1)\n"
      " 3  0.000  Task-2 (sleeper)      Task-1 (main) creates Task-2 (sleeper) at line 7\n"
      " 4  0.000  Task-2 (sleeper)      Task-2 (sleeper) is ready: woken by Task-1 (main)\n"
      " 5  0.000  Task-1 (main)         Task-1 (main) is ready: woken by Task-1 (main)\n"
      " 6  0.000  Task-1 (main)         Task-1 (main) suspends at line 8 awaiting sleep(0)\n"
      " 7  0.000  Task-2 (sleeper)      Task-2 (sleeper) runs (step 1)\n"
      " 8  0.000  Task-2 (sleeper)      timer #1 sleep(10) scheduled for 10.000 by Task-2 "
      "(sleeper) at line 4\n"
      " 9  0.000  Task-2 (sleeper)      Task-2 (sleeper) suspends at line 4 awaiting sleep(10)\n"
      "10  0.000  Task-1 (main)         Task-1 (main) runs (step 2)\n"
      "11  0.000  Task-2 (sleeper)      Task-2 (sleeper) is ready: woken by Task-1 (main) "
      "through sleep(10)\n"
      "12  0.000  Task-1 (main)         Task-1 (main) suspends at line 11 awaiting Task Task-2\n"
      "13  0.000  Task-2 (sleeper)      Task-2 (sleeper) runs (step 2)\n"
      "14  0.000  Task-2 (sleeper)      timer #1 sleep(10) cancelled by Task-2 (sleeper) at "
      "line 4\n"
      "15  0.000  Task-1 (main)         Task-1 (main) is ready: woken by Task-2 (sleeper) "
      "through Task Task-2\n"
      "16  0.000  Task-2 (sleeper)      Task-2 (sleeper) is cancelled at line 4\n"
      "17  0.000  Task-1 (main)         Task-1 (main) runs (step 3)\n"
      "18  0.000  Task-1 (main)         Task-1 (main) prints \"cancelled\\n\" at line 13\n"
      "19  0.000  Task-1 (main)         Task-1 (main) finishes at line 13, result None\n");

  EventListOptions window;
  window.first = 18;
  window.count = 5;
  window.lane_width = 6;
  REQUIRE(render_event_list(model, window) ==
          "18  0.000  Task-…  Task-1 (main) prints \"cancelled\\n\" at line 13\n"
          "19  0.000  Task-…  Task-1 (main) finishes at line 13, result None\n");
}

TEST_CASE("descriptions of loop, timer and primitive events", "[trace]") {
  Recorder rec(test::deterministic());
  test::LockScenario at = test::record_lock_with_three_waiters(rec);
  TraceModel model(rec);
  REQUIRE(describe(model, at.all_waiting - 1) ==
          "Lock lock.acquire by Task-5 (worker) at line 4 → locked by Task-2, waiters [Task-3, "
          "Task-4, Task-5]");
  REQUIRE(describe(model, at.all_waiting + 1) == "the loop waits: nothing is ready");
  REQUIRE(describe(model, at.all_waiting + 2) == "clock advances 0.000 → 1.000");
  REQUIRE(describe(model, at.all_waiting + 3) == "timer #1 sleep(1) fires (due 1.000)");
  REQUIRE(describe(model, at.all_waiting + 4) == "callback #1 sleep(1) runs");
  REQUIRE(describe(model, at.all_waiting + 5) ==
          "Task-2 (worker) is ready: woken by timer #1 through sleep(1)");
  REQUIRE(describe(model, at.released) ==
          "Lock lock.release by Task-2 (worker) at line 4 → unlocked, waiters [Task-3, Task-4, "
          "Task-5]");

  Recorder pp(test::deterministic());
  test::record_ping_pong(pp);
  TraceModel pp_model(pp);
  REQUIRE(describe(pp_model, 3) == "Queue q created by Task-1 (main) at line 13");
  REQUIRE(
      describe(pp_model, 11) ==
      "Queue q.put by Task-2 (producer) at line 5 → size 1/1 [0], getters [], putters [Task-2]");
  REQUIRE(describe(pp_model, 22) ==
          "callback #1 gather._done_callback scheduled by Task-2 (producer)");
}

TEST_CASE("primitive summaries for every kind", "[trace]") {
  Recorder rec(test::deterministic());
  rec.task_created(4, "Task-4", "w");
  TraceModel model(rec);
  PrimitiveState s;
  s.waiters = {4};
  s.waiters_total = 3;
  REQUIRE(primitive_summary(model, ObjKind::Event, s) == "clear, waiters [Task-4, … 2 more]");
  s.value = 2;
  REQUIRE(primitive_summary(model, ObjKind::Semaphore, s) == "value 2, waiters [Task-4, … 2 more]");
  s.capacity = 3;
  REQUIRE(primitive_summary(model, ObjKind::Barrier, s) ==
          "2/3 waiting, waiters [Task-4, … 2 more]");
  s.value = 1;
  s.owner = 4;
  s.waiters_total = 1;
  REQUIRE(primitive_summary(model, ObjKind::Condition, s) ==
          "lock held by Task-4, waiters [Task-4]");
  s.items = {rec.intern("42")};
  REQUIRE(primitive_summary(model, ObjKind::Future, s) == "result 42, awaited by [Task-4]");
  s.value = 3;
  REQUIRE(primitive_summary(model, ObjKind::Future, s) == "cancelled, awaited by [Task-4]");
  s.value = 2;
  s.capacity = 0;
  s.items_total = 5;
  s.waiters.clear();
  s.waiters_total = 0;
  REQUIRE(primitive_summary(model, ObjKind::Queue, s) ==
          "size 2 [42, … 4 more], getters [], putters []");
  REQUIRE(quoted("a\"b\\\t\x01é") == "\"a\\\"b\\\\\\t\\x01é\"");
  REQUIRE(format_time(2) == "2.000");
  REQUIRE(waker_text(model, WakerKind::Io, 7) == "I/O #7");
  REQUIRE(waker_text(model, WakerKind::Task, 9) == "task 9");
}
