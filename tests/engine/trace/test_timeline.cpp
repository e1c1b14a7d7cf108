// Lanes, segments, wake-up edges, counters and console lines of hand-written traces.
#include <catch2/catch.hpp>

#include "engine/trace/trace_model.h"
#include "tests/engine/trace/scenarios.h"

using namespace al::trace;

namespace {

Segment seg(LaneState state, uint32_t start, uint32_t end, StrId label = StrId::empty,
            uint32_t id = 0, uint32_t line = 0, ObjKind kind = ObjKind::None,
            WakerKind waker = WakerKind::None) {
  return {start, end, label, id, line, state, kind, waker};
}

}  // namespace

TEST_CASE("ping-pong lanes: exact segments", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_ping_pong(rec);
  TraceModel model(rec);
  StrId gather = rec.intern("gather(Task-2, Task-3)");
  StrId queue = rec.intern("Queue q");
  StrId put = rec.intern("Queue.put q");
  StrId get = rec.intern("Queue.get q");
  StrId done_cb = rec.intern("gather._done_callback");
  using LS = LaneState;

  REQUIRE(model.lanes().size() == 4);
  REQUIRE(model.lane(1) == &model.lanes()[1]);
  REQUIRE(model.lane(0) == &model.lanes()[0]);
  REQUIRE(model.lane(42) == nullptr);

  const Lane& main = *model.lane(1);
  REQUIRE(main.segments ==
          std::vector<Segment>{
              seg(LS::NotStarted, 0, 1),
              seg(LS::Ready, 1, 2),
              seg(LS::Running, 2, 8, {}, 1, 16),
              seg(LS::Waiting, 8, 31, gather, 200, 16, ObjKind::Future),
              seg(LS::Ready, 31, 32, gather, 2, 0, ObjKind::Future, WakerKind::Callback),
              seg(LS::Running, 32, 33, {}, 2, 16),
          });
  REQUIRE(main.end == TaskEnd{TaskState::Done, 33, rec.intern("None"), 16});

  const Lane& producer = *model.lane(2);
  REQUIRE(producer.segments ==
          std::vector<Segment>{
              seg(LS::NotStarted, 4, 5),
              seg(LS::Ready, 5, 9, {}, 1, 0, ObjKind::None, WakerKind::Task),
              seg(LS::Running, 9, 12, {}, 1, 5),
              seg(LS::Waiting, 12, 15, put, 100, 5, ObjKind::Queue),
              seg(LS::Ready, 15, 19, queue, 3, 0, ObjKind::Queue, WakerKind::Task),
              seg(LS::Running, 19, 23, {}, 2, 5),
          });
  REQUIRE(producer.end == TaskEnd{TaskState::Done, 23, rec.intern("None"), 5});

  const Lane& consumer = *model.lane(3);
  REQUIRE(consumer.segments ==
          std::vector<Segment>{
              seg(LS::NotStarted, 6, 7),
              seg(LS::Ready, 7, 13, {}, 1, 0, ObjKind::None, WakerKind::Task),
              seg(LS::Running, 13, 18, {}, 1, 9),
              seg(LS::Waiting, 18, 21, get, 100, 9, ObjKind::Queue),
              seg(LS::Ready, 21, 24, queue, 2, 0, ObjKind::Queue, WakerKind::Task),
              seg(LS::Running, 24, 28, {}, 2, 9),
          });

  const Lane& loop = *model.lane(0);
  REQUIRE(loop.segments == std::vector<Segment>{
                               seg(LS::LoopScheduling, 0, 2),
                               seg(LS::LoopTask, 2, 8, {}, 1),
                               seg(LS::LoopScheduling, 8, 9),
                               seg(LS::LoopTask, 9, 12, {}, 2),
                               seg(LS::LoopScheduling, 12, 13),
                               seg(LS::LoopTask, 13, 18, {}, 3),
                               seg(LS::LoopScheduling, 18, 19),
                               seg(LS::LoopTask, 19, 23, {}, 2),
                               seg(LS::LoopScheduling, 23, 24),
                               seg(LS::LoopTask, 24, 28, {}, 3),
                               seg(LS::LoopScheduling, 28, 29),
                               seg(LS::LoopCallback, 29, 30, done_cb, 1),
                               seg(LS::LoopCallback, 30, 32, done_cb, 2),
                               seg(LS::LoopTask, 32, 33, {}, 1),
                               seg(LS::LoopScheduling, 33, kNone),
                           });
}

TEST_CASE("ping-pong wake-up edges and queue counter", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_ping_pong(rec);
  TraceModel model(rec);
  StrId queue = rec.intern("Queue q");
  StrId gather = rec.intern("gather(Task-2, Task-3)");
  REQUIRE(model.wake_edges() == std::vector<WakeEdge>{
                                    {1, 2, 0, 1, WakerKind::None, 0, StrId::empty},
                                    {5, 9, 1, 2, WakerKind::Task, 1, StrId::empty},
                                    {7, 13, 1, 3, WakerKind::Task, 1, StrId::empty},
                                    {15, 19, 3, 2, WakerKind::Task, 3, queue},
                                    {21, 24, 2, 3, WakerKind::Task, 2, queue},
                                    {31, 32, 0, 1, WakerKind::Callback, 2, gather},
                                });
  auto some = model.wake_edges_from(6, 21);
  REQUIRE(some.size() == 3);
  REQUIRE(some[0].from_index == 7);
  REQUIRE(some[2].from_index == 21);

  REQUIRE(model.counters().size() == 1);
  const CounterSeries& q = model.counters()[0];
  REQUIRE(q.id == 100);
  REQUIRE(q.type == ObjKind::Queue);
  REQUIRE(q.points ==
          std::vector<CounterPoint>{{10, 1}, {11, 1}, {14, 0}, {17, 0}, {20, 1}, {25, 0}});

  REQUIRE(model.step_begins() == std::vector<uint32_t>{2, 9, 13, 19, 24, 32});
  REQUIRE(model.steps_at(1) == 0);
  REQUIRE(model.steps_at(9) == 2);
  REQUIRE(model.steps_at(33) == 6);
}

TEST_CASE("segment searches by index and by time", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_lock_with_three_waiters(rec);
  TraceModel model(rec);
  const Lane& t2 = *model.lane(2);
  // Task-2: NotStarted 4-5, Ready 5-13, Running 13-16, Waiting 16-30, Ready 30-31, Running 31-35.
  REQUIRE(t2.segments.size() == 6);

  auto in = model.segments_in(t2, 14, 30);
  REQUIRE(in.size() == 3);
  REQUIRE(in[0].state == LaneState::Running);
  REQUIRE(in[1].state == LaneState::Waiting);
  REQUIRE(in[2].state == LaneState::Ready);
  REQUIRE(model.segments_in(t2, 0, 3).empty());
  REQUIRE(model.segments_in(t2, 36, 100).empty());
  REQUIRE(model.segments_in(t2, 35, 35).size() == 1);  // the last step ends at 35

  REQUIRE(model.segment_at(t2, 3) == nullptr);
  REQUIRE(model.segment_at(t2, 16)->state == LaneState::Waiting);
  REQUIRE(model.segment_at(t2, 29)->state == LaneState::Waiting);
  REQUIRE(model.segment_at(t2, 30)->state == LaneState::Ready);
  REQUIRE(model.segment_at(t2, 35) == nullptr);  // finished

  // Time: everything up to event 27 happens at 0.0, the rest at 1.0.
  REQUIRE(model.index_at_time(0.0) == 0);
  REQUIRE(model.index_at_time(0.5) == 27);
  REQUIRE(model.index_at_time(1.0) == 27);
  REQUIRE(model.index_at_time(2.0) == model.size());
  auto late = model.segments_between(t2, 0.5, 0.9);
  REQUIRE(late.size() == 1);
  REQUIRE(late[0].state == LaneState::Waiting);
  REQUIRE(model.start_time(late[0]) == 0.0);
  REQUIRE(model.end_time(late[0]) == 1.0);
  auto at_one = model.segments_between(t2, 1.0, 1.0);
  REQUIRE(at_one.size() == 3);  // Waiting ends at 1.0; Ready and Running happen at 1.0
  REQUIRE(model.segments_between(t2, 1.5, 3.0).empty());
  const Lane& t5 = *model.lane(5);
  REQUIRE(model.end_time(t5.segments.back()) == 1.0);  // still open: up to the last event
  REQUIRE(t5.segments.back().end == kNone);
}

TEST_CASE("console lines keep their task, stream and event", "[trace]") {
  Recorder rec(test::deterministic());
  rec.task_created(1, "Task-1", "main", {1, 0});
  rec.ready(1, {});
  rec.step_begin(1);
  rec.console_output(Stream::Stdout, "a", {3, 4});       // 3
  rec.console_output(Stream::Stderr, "warn\n", {4, 4});  // 4
  rec.console_output(Stream::Stdout, "b\nc\n", {5, 4});  // 5
  rec.console_output(Stream::Stdout, "d", {6, 4});       // 6
  rec.step_suspended({7, 4}, {ObjKind::Sleep, 0, "sleep(0)"});
  rec.console_output(Stream::Stdout, "e\n", {9, 4});  // 8 (from a callback: task 0)
  TraceModel model(rec);

  const auto& lines = model.console_lines();
  REQUIRE(lines.size() == 4);
  REQUIRE(lines[0].text == "ab");
  REQUIRE(lines[0].first_event == 3);
  REQUIRE(lines[0].last_event == 5);
  REQUIRE(lines[0].stream == Stream::Stdout);
  REQUIRE(lines[0].task == 1);
  REQUIRE(lines[0].line == 3);
  REQUIRE(lines[0].text_at(3) == "a");
  REQUIRE(lines[0].text_at(4) == "a");
  REQUIRE(lines[0].text_at(5) == "ab");
  REQUIRE_FALSE(lines[0].complete_at(4));
  REQUIRE(lines[0].complete_at(5));
  REQUIRE(lines[1].text == "warn");
  REQUIRE(lines[1].stream == Stream::Stderr);
  REQUIRE(lines[1].first_event == 4);
  REQUIRE(lines[2].text == "c");
  REQUIRE(lines[2].first_event == 5);
  REQUIRE(lines[3].text == "de");
  REQUIRE(lines[3].text_at(7) == "d");
  REQUIRE(lines[3].task == 1);
  REQUIRE(lines[3].complete);
  REQUIRE(model.console_count_at(2) == 0);
  REQUIRE(model.console_count_at(3) == 1);
  REQUIRE(model.console_count_at(4) == 2);
  REQUIRE(model.console_count_at(5) == 3);
  REQUIRE(model.console_count_at(6) == 4);
}
