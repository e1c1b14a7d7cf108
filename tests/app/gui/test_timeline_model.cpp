#include <catch2/catch.hpp>

#include "app/gui/demo_trace.h"
#include "app/gui/timeline_model.h"

using namespace al::gui;
namespace trace = al::trace;

namespace {

// A two-task trace with known indices and times:
//   0 TaskCreated 1   1 Ready 1   2 StepBegin 1   3 TimerScheduled   4 StepEnd 1 (sleep)
//   5 LoopIdle   6 ClockAdvance → 1.5   7 TimerFired   8 CallbackRun   9 Ready 1
//   10 StepBegin 1   11 StepEnd 1 finished
void record_small(trace::Recorder& rec) {
  rec.task_created(1, "Task-1", "main", {10, 0});
  rec.ready(1, trace::Waker{});
  rec.step_begin(1);
  rec.timer_scheduled(1, 1.5, "sleep(1.5)", {3, 4});
  rec.step_suspended({3, 4}, {trace::ObjKind::Sleep, 1, "sleep(1.5)"});
  rec.loop_idle();
  rec.clock_advance(1.5);
  rec.timer_fired(1, 1.5, "sleep(1.5)", 1);
  rec.callback_run(1, "sleep(1.5)");
  rec.ready(1, trace::Waker::timer(1), {trace::ObjKind::Sleep, 1, "sleep(1.5)"});
  rec.step_begin(1);
  rec.step_finished({4, 4}, "None");
}

const trace::Lane& task_lane(const trace::TraceModel& m, trace::TaskId id) {
  return *m.lane(id);
}

}  // namespace

TEST_CASE("axis map converts both ways and zooms around the mouse", "[timeline]") {
  AxisMap m{0, 100, 10, 210};
  CHECK(m.to_x(50) == Approx(110));
  CHECK(m.to_u(110) == Approx(50));
  CHECK(m.units_per_pixel() == Approx(0.5));
  m.zoom_around(60, 2.0, 1, 1000);  // unit 25 stays under x = 60
  CHECK(m.u1 - m.u0 == Approx(50));
  CHECK(m.to_u(60) == Approx(25));
  m.pan_pixels(20);  // dragging right shows earlier units
  CHECK(m.u0 == Approx(12.5 - 5));
  m.keep_within(0, 100);
  CHECK(m.u0 == Approx(7.5));
  m.u0 = -10;
  m.u1 = 40;
  m.keep_within(0, 100);
  CHECK(m.u0 == Approx(0));
  CHECK(m.u1 == Approx(50));
}

TEST_CASE("segments, cursor and clicks map to both axes", "[timeline]") {
  trace::Recorder rec({.enabled = true, .wall_clock = false});
  record_small(rec);
  trace::TraceModel model(rec);
  REQUIRE(model.size() == 12);
  const trace::Lane& lane = task_lane(model, 1);
  // The waiting segment starts at the StepEnd (4) and lasts until the Ready (9).
  const trace::Segment* waiting = model.segment_at(lane, 5);
  REQUIRE(waiting);
  CHECK(waiting->state == trace::LaneState::Waiting);

  TimelineAxes steps(model, Axis::steps);
  CHECK(steps.seg_start(*waiting) == 4);
  CHECK(steps.seg_end(*waiting) == 9);
  CHECK(steps.cursor_pos(5) == 5.5);
  CHECK(steps.event_at(5.9) == 5);
  CHECK(steps.event_at(-3) == 0);
  CHECK(steps.event_at(99) == 11);
  CHECK(steps.extent() == 12);

  TimelineAxes time(model, Axis::time);
  CHECK(time.seg_start(*waiting) == 0.0);
  CHECK(time.seg_end(*waiting) == 1.5);
  CHECK(time.cursor_pos(5) == 0.0);
  CHECK(time.cursor_pos(6) == 1.5);
  // Clicking at t = 0.7 means the last state before the clock jumped: after event 5.
  CHECK(time.event_at(0.7) == 5);
  CHECK(time.event_at(1.5) == 11);
  CHECK(time.extent() == 1.5);
}

TEST_CASE("a live run's open segments reach the loop's time now on the time axis", "[timeline]") {
  // Task-1 starts a step at t = 0 and never ends it (a `while True` without await): the trace
  // stops growing, but on the real clock its running bar reaches "now".
  trace::Recorder rec({.enabled = true, .wall_clock = false});
  rec.task_created(1, "Task-1", "main", {10, 0});
  rec.ready(1, trace::Waker{});
  rec.step_begin(1);
  trace::TraceModel model(rec);
  const trace::Lane& lane = task_lane(model, 1);
  const trace::Segment& running = lane.segments.back();
  REQUIRE(running.state == trace::LaneState::Running);
  REQUIRE(running.end == trace::kNone);

  TimelineAxes time(model, Axis::time);
  CHECK(time.seg_end(running) == 0.0);
  CHECK(time.extent() == 0.0);
  time.set_live_end(2.5);
  CHECK(time.seg_end(running) == 2.5);
  CHECK(time.extent() == 2.5);
  // Scrolled past the last event, the open segment is still drawn.
  auto vis = time.visible(lane, 1.0, 3.0);
  REQUIRE(!vis.empty());
  CHECK(&vis.back() == &running);
  TimelineAxes closed(model, Axis::time);
  CHECK(closed.visible(lane, 1.0, 3.0).empty());
  // Closed segments keep their end, and the steps axis does not move with the clock.
  const trace::Segment* ready = model.segment_at(lane, 1);
  REQUIRE(ready);
  CHECK(ready->end != trace::kNone);
  CHECK(time.seg_end(*ready) == 0.0);
  TimelineAxes steps(model, Axis::steps);
  steps.set_live_end(2.5);
  CHECK(steps.extent() == 3);
  CHECK(steps.seg_end(running) == 3);
}

TEST_CASE("narrow segments fold into few marks that cover every segment", "[timeline]") {
  trace::Recorder rec({.enabled = true, .wall_clock = false});
  record_load_trace(rec, 20000, 4);
  trace::TraceModel model(rec);
  TimelineAxes axes(model, Axis::steps);
  AxisMap map{0, axes.extent(), 0, 300};
  const trace::Lane& lane = model.lanes()[2];  // a worker
  std::vector<DrawSeg> marks;
  fold_segments(lane, axes, map, 3.0f, marks);
  auto vis = axes.visible(lane, map.u0, map.u1);
  REQUIRE(vis.size() > 1000);
  CHECK(marks.size() <= 300 / 3 + 2);
  uint32_t covered = 0;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    covered += marks[i].count;
    if (i) CHECK(marks[i].first == marks[i - 1].first + marks[i - 1].count);
    if (marks[i].count > 1) CHECK(marks[i].mixed);
  }
  CHECK(covered == vis.size());

  // Zoomed in far enough, every segment is its own mark.
  AxisMap close{1000, 1040, 0, 400};
  fold_segments(lane, axes, close, 3.0f, marks);
  for (const DrawSeg& d : marks) CHECK(d.count == 1);
}

TEST_CASE("a wide segment after narrow ones is not swallowed by the fold", "[timeline]") {
  trace::Recorder rec({.enabled = true, .wall_clock = false});
  record_small(rec);
  trace::TraceModel model(rec);
  TimelineAxes axes(model, Axis::steps);
  // 12 events on 24 px: 2 px per event; the task's lane has NotStarted [0,1], Ready [1,2],
  // Running [2,4], Waiting [4,9], Ready [9,10], Running [10,11].
  AxisMap map{0, 12, 0, 24};
  std::vector<DrawSeg> marks;
  fold_segments(task_lane(model, 1), axes, map, 3.0f, marks);
  REQUIRE(marks.size() == 4);
  CHECK(marks[0].count == 2);  // NotStarted + Ready
  CHECK(marks[0].mixed);
  CHECK(marks[1].count == 1);  // Running, 4 px
  CHECK(marks[2].state == trace::LaneState::Waiting);
  CHECK(marks[2].x0 == Approx(8));
  CHECK(marks[2].x1 == Approx(18));
  CHECK(marks[3].count == 2);  // Ready + Running
  CHECK(marks[3].mixed);
}

TEST_CASE("lane layout stacks loop, tasks and counters and finds rows by height", "[timeline]") {
  trace::Recorder rec({.enabled = true, .wall_clock = false});
  record_demo_trace(rec);
  trace::TraceModel model(rec);
  LaneLayout layout;
  LaneHeights h;
  layout.build(model, {}, h);
  const auto& rows = layout.rows();
  REQUIRE(rows.size() == 1 + 4 + 1);  // loop, main + producer + 2 consumers, the queue
  CHECK(rows[0].kind == LaneRow::Kind::Loop);
  CHECK(rows[1].task == 1);
  CHECK(rows[5].kind == LaneRow::Kind::Counter);
  CHECK(layout.row_at(1) == 0);
  CHECK(layout.row_at(h.loop + h.gap + 1) == 1);
  CHECK(layout.row_at(h.loop + 0.5f * h.gap) == -1);  // in the gap
  auto [first, last] = layout.visible(h.loop + h.gap + 1, h.loop + h.gap + h.task + h.gap + 3);
  CHECK(first == 1);
  CHECK(last == 3);
  CHECK(layout.row_of_task(3) == 3);

  layout.build(model, {LaneLayout::row_key(LaneRow::Kind::Task, 2)}, h);
  CHECK(layout.rows()[2].collapsed);
  CHECK(layout.rows()[2].h == h.collapsed);
}

TEST_CASE("loop-internal tasks get no lane", "[timeline]") {
  trace::Recorder rec({.enabled = true, .wall_clock = false});
  record_small(rec);
  rec.task_created(2, "Task-2", "shutdown_default_executor", {}, true);
  rec.ready(2, trace::Waker{});
  rec.step_begin(2);
  rec.step_finished({}, "None");
  trace::TraceModel model(rec);
  REQUIRE(model.lane(2));
  LaneLayout layout;
  layout.build(model, {}, LaneHeights{});
  REQUIRE(layout.rows().size() == 2);  // the loop and Task-1
  CHECK(layout.rows()[1].task == 1);
  CHECK(layout.row_of_task(2) == -1);
}

TEST_CASE("hit testing finds the segment under the mouse", "[timeline]") {
  trace::Recorder rec({.enabled = true, .wall_clock = false});
  record_small(rec);
  trace::TraceModel model(rec);
  LaneLayout layout;
  LaneHeights h;
  layout.build(model, {}, h);
  TimelineAxes axes(model, Axis::steps);
  AxisMap map{0, 12, 0, 120};
  float y = layout.rows()[1].y + 5;
  TimelineHit hit = hit_test(model, layout, axes, map, 3.0f, 60, y);  // unit 6: waiting
  REQUIRE(hit.segment != trace::kNone);
  CHECK(model.lanes()[1].segments[hit.segment].state == trace::LaneState::Waiting);
  CHECK(hit.count == 1);
  CHECK(hit_test(model, layout, axes, map, 3.0f, 60, -5).row == -1);
}

TEST_CASE("counter columns follow the value at any zoom", "[timeline]") {
  trace::Recorder rec({.enabled = true, .wall_clock = false});
  record_demo_trace(rec);
  trace::TraceModel model(rec);
  REQUIRE(model.counters().size() == 1);
  const auto& series = model.counters()[0];
  TimelineAxes axes(model, Axis::steps);
  std::vector<CounterColumn> cols;
  counter_columns(series, axes, AxisMap{0, axes.extent(), 0, 2000}, cols);
  REQUIRE(cols.size() == series.points.size());
  for (const auto& c : cols) {
    CHECK(c.lo >= 0);
    CHECK(c.hi <= 1);  // Queue(maxsize=1)
  }
  counter_columns(series, axes, AxisMap{0, axes.extent(), 0, 20}, cols);
  CHECK(cols.size() <= 20);
  double hi = 0;
  for (const auto& c : cols) hi = std::max(hi, c.hi);
  CHECK(hi == 1);
}
