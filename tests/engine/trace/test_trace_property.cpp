// Property tests on random traces (sim.h) with fixed seeds: the snapshot + replay answer equals
// the state replayed from event 0, and the timeline lanes agree with the states.
#include <catch2/catch.hpp>

#include <atomic>
#include <random>
#include <thread>

#include "engine/trace/trace_model.h"
#include "tests/engine/trace/sim.h"

using namespace al::trace;

namespace {

LaneState lane_state(TaskState s) {
  switch (s) {
    case TaskState::NotStarted:
      return LaneState::NotStarted;
    case TaskState::Ready:
      return LaneState::Ready;
    case TaskState::Running:
      return LaneState::Running;
    default:
      return LaneState::Waiting;
  }
}

// The lanes of `model` agree with the state after event i.
void check_lanes_against(const TraceModel& model, const State& s, uint32_t i) {
  for (const TaskInfo& t : s.tasks) {
    const Lane* lane = model.lane(t.id);
    REQUIRE(lane != nullptr);
    const Segment* seg = model.segment_at(*lane, i);
    if (is_finished(t.state)) {
      REQUIRE(seg == nullptr);
      REQUIRE(lane->end.index <= i);
      REQUIRE(lane->end.state == t.state);
    } else {
      REQUIRE(seg != nullptr);
      REQUIRE(seg->state == lane_state(t.state));
      if (t.state == TaskState::Waiting) REQUIRE(seg->label == t.awaiting);
      if (t.state == TaskState::Running) REQUIRE(seg->id == t.steps);
    }
  }
  const Segment* loop = model.segment_at(model.lanes()[0], i);
  REQUIRE(loop != nullptr);
  switch (s.activity) {
    case LoopActivity::RunningTask:
      REQUIRE(loop->state == LaneState::LoopTask);
      break;
    case LoopActivity::RunningCallback:
      REQUIRE(loop->state == LaneState::LoopCallback);
      break;
    case LoopActivity::Idle:
      REQUIRE(loop->state == LaneState::LoopIdle);
      break;
    case LoopActivity::Scheduling:
      REQUIRE(loop->state == LaneState::LoopScheduling);
      break;
  }
}

void check_lane_shapes(const TraceModel& model) {
  for (const Lane& lane : model.lanes()) {
    for (size_t k = 0; k < lane.segments.size(); ++k) {
      const Segment& s = lane.segments[k];
      REQUIRE(s.start < s.end);
      if (k + 1 < lane.segments.size()) REQUIRE(s.end == lane.segments[k + 1].start);
    }
    if (lane.end.index != kNone) REQUIRE(lane.segments.back().end == lane.end.index);
  }
  for (size_t k = 1; k < model.wake_edges().size(); ++k) {
    REQUIRE(model.wake_edges()[k - 1].from_index < model.wake_edges()[k].from_index);
  }
  for (const WakeEdge& e : model.wake_edges()) {
    if (e.to_index != kNone) REQUIRE(e.from_index < e.to_index);
  }
}

}  // namespace

TEST_CASE("state at every event equals the state replayed from zero", "[trace][property]") {
  for (uint64_t seed = 1; seed <= 6; ++seed) {
    Recorder rec(RecorderOptions{true, false, 4});
    test::Sim(rec, seed, 6).run(1500);
    TraceModel model(rec, 16);
    INFO("seed " << seed);
    check_lane_shapes(model);
    for (uint32_t i = 0; i < model.size(); ++i) {
      State fast = model.state_at(i);
      REQUIRE(model.last_replayed() <= 64);
      State slow = model.state_replayed_from_zero(i);
      INFO("event " << i);
      REQUIRE(fast == slow);
      check_lanes_against(model, fast, i);
    }
  }
}

TEST_CASE("state at random events equals the state replayed from zero", "[trace][property]") {
  for (uint64_t seed = 100; seed < 130; ++seed) {
    Recorder rec(test::deterministic());
    test::Sim(rec, seed, 10 + seed % 7).run(6000);
    uint32_t interval = 1 + static_cast<uint32_t>(seed % 5) * 50;
    TraceModel model(rec, interval);
    INFO("seed " << seed << ", interval " << interval);
    check_lane_shapes(model);
    std::mt19937 rng(static_cast<uint32_t>(seed));
    for (int q = 0; q < 60; ++q) {
      uint32_t i = std::uniform_int_distribution<uint32_t>(0, model.size() - 1)(rng);
      INFO("event " << i);
      State fast = model.state_at(i);
      REQUIRE(fast == model.state_replayed_from_zero(i));
      check_lanes_against(model, fast, i);
    }
  }
}

TEST_CASE("a model updated while the trace is written equals one built at once",
          "[trace][property]") {
  Recorder rec(test::deterministic());
  TraceModel live(rec, 100);
  std::atomic<bool> done{false};
  std::thread writer([&] {
    test::Sim(rec, 7, 9).run(20000);
    done = true;
  });
  uint32_t updates = 0;
  while (!done) {
    updates += live.update() > 0;
    if (live.size() > 0) live.state_at(live.size() - 1);  // read while the writer appends
  }
  writer.join();
  live.update();
  INFO("updates with new events: " << updates);
  TraceModel reference(rec, 100);
  REQUIRE(live.size() == reference.size());
  for (uint32_t i = 0; i < live.size(); i += 37) REQUIRE(live.state_at(i) == reference.state_at(i));
  REQUIRE(live.lanes().size() == reference.lanes().size());
  for (size_t k = 0; k < live.lanes().size(); ++k) {
    REQUIRE(live.lanes()[k].segments == reference.lanes()[k].segments);
    REQUIRE(live.lanes()[k].end == reference.lanes()[k].end);
  }
  REQUIRE(live.wake_edges() == reference.wake_edges());
  REQUIRE(live.console_lines().size() == reference.console_lines().size());
  REQUIRE(live.snapshot_count() == reference.snapshot_count());
}

TEST_CASE("a large state is snapshotted less often, and still answered exactly",
          "[trace][property]") {
  // gather() of 2,000 tasks: all of them sit in the ready queue at once.
  Recorder rec(test::deterministic());
  rec.task_created(1, "Task-1", "main", {1, 0});
  rec.ready(1, {});
  rec.step_begin(1);
  for (TaskId t = 2; t < 2002; ++t) {
    rec.task_created(t, "Task-" + std::to_string(t), "job", {3, 8});
    rec.ready(t, Waker::task(1));
  }
  rec.step_suspended({4, 10}, {ObjKind::Future, 1, "gather(2000 tasks)"});
  for (TaskId t = 2; t < 2002; ++t) {
    rec.step_begin(t);
    rec.step_finished({6, 4}, "None");
  }
  constexpr uint32_t K = 16;
  TraceModel model(rec, K);
  // Spaced so that snapshots hold no more bytes than the events between them.
  REQUIRE(model.snapshot_count() < model.size() / K / 4);
  for (uint32_t i = 0; i < model.size(); i += 97) {
    INFO("event " << i);
    REQUIRE(model.state_at(i) == model.state_replayed_from_zero(i));
  }
  State mid = model.state_at(4003 + 2000);  // half of the jobs have run
  REQUIRE(mid.ready.size() == 1000);
  REQUIRE(mid.task(1001)->state == TaskState::Done);
  REQUIRE(mid.task(1002)->state == TaskState::Ready);
}
