// The streaming Chrome exporter writes exactly the records the TraceModel's lanes, wake edges,
// counters and diagnostics give (chrome_reference.h): the same multiset of records, the
// thread names first in lane order, over the hand-written scenarios, random traces and odd
// cases (empty, mid-story, loop-internal tasks, unnamed callbacks, repeated counter labels).
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "engine/trace/chrome_trace.h"
#include "engine/trace/trace_model.h"
#include "tests/engine/trace/chrome_stream_check.h"
#include "tests/engine/trace/scenarios.h"
#include "tests/engine/trace/sim.h"

using namespace al::trace;

TEST_CASE("streamed chrome trace of the scenarios equals the model's records", "[trace]") {
  {
    Recorder rec(test::deterministic());
    test::record_ping_pong(rec);
    test::check_stream_matches_model(rec);
  }
  {
    Recorder rec(test::deterministic());
    test::record_lock_with_three_waiters(rec);
    test::check_stream_matches_model(rec);
  }
  {
    Recorder rec(test::deterministic());
    test::record_cancelled_task(rec);
    rec.diagnostic(DiagKind::UncaughtException, "ValueError: \xff bad byte", 1, {3, 0});
    test::check_stream_matches_model(rec);
  }
}

TEST_CASE("streamed chrome trace of random traces equals the model's records", "[trace]") {
  for (uint64_t seed = 1; seed <= 16; ++seed) {
    Recorder rec(test::deterministic());
    test::Sim(rec, seed, 2 + static_cast<uint32_t>(seed % 9)).run(500 + 400 * seed);
    INFO("seed " << seed);
    test::check_stream_matches_model(rec);
  }
}

TEST_CASE("streamed chrome trace of odd traces equals the model's records", "[trace]") {
  SECTION("empty: only the names") {
    Recorder rec(test::deterministic());
    std::string text = chrome_trace_json(rec);
    auto doc = nlohmann::json::parse(text);
    REQUIRE(doc["traceEvents"].size() == 3);  // process name, loop name and sort index
    REQUIRE(doc["otherData"]["events"] == 0);
  }
  SECTION("mid-story, internal tasks, unnamed callbacks, repeated labels, late clock") {
    Recorder rec(test::deterministic());
    rec.set_time(2.5);
    rec.ready(7, Waker::timer(3));  // task 7 was never created: "task 7"
    rec.step_begin(7);
    rec.primitive_op({ObjKind::Queue, 1, "Queue q"}, "put", {.value = 1});
    rec.primitive_op({ObjKind::Queue, 2, "Queue q"}, "put", {.value = 2});
    rec.primitive_op({ObjKind::Semaphore, 3, ""}, "acquire", {.value = 0});
    rec.primitive_op({ObjKind::Lock, 4, "Lock l"}, "acquire", {.value = 1});
    rec.task_created(8, "shutdown", "shutdown_asyncgens", {}, true);
    rec.ready(8, Waker::task(7));
    rec.ready(9, Waker::task(7));  // woken twice before it runs: one flow, for the second
    rec.step_suspended({4, 0}, {ObjKind::Sleep, 0, "sleep(0)"});
    rec.callback_scheduled(11, "");
    rec.callback_run(11, "");
    rec.ready(9, Waker::callback(11));
    rec.clock_advance(3.0);
    rec.step_begin(8);
    rec.ready(9, Waker::task(8));  // woken from an internal task's lane: no flow
    rec.diagnostic(DiagKind::NeverAwaited, "coroutine 'f' was never awaited", 8, {9, 1});
    rec.step_finished({5, 0}, "None");
    rec.step_begin(9);
    rec.step_failed({6, 2}, "RuntimeError: x");
    rec.ready(9, Waker::task(0));  // a finished task stays finished
    rec.step_begin(9);
    rec.task_created(9, "late", "late");
    rec.loop_idle();
    rec.timer_fired(3, 4.0, "sleep(1)", 7);
    rec.callback_run(3, "sleep(1)");
    test::check_stream_matches_model(rec);
  }
}

TEST_CASE("the model's export is the recorder's first model.size() events", "[trace]") {
  Recorder rec(test::deterministic());
  test::Sim(rec, 5, 6).run(800);
  TraceModel model(rec);
  for (int k = 0; k < 5; ++k) rec.loop_idle();  // the recorder goes on; the model lags
  REQUIRE(model.size() < rec.size());
  std::string text = chrome_trace_json(model);
  REQUIRE(text == chrome_trace_json(rec, model.size()));
  auto doc = nlohmann::json::parse(text);
  REQUIRE(doc["otherData"]["events"] == model.size());
}
