// The timeline views of a trace: one lane of state segments per task plus one for the event
// loop, wake-up edges between lanes, and counter series of primitives. Built incrementally by
// TraceModel::update() and read through TraceModel (trace_model.h), which adds the binary
// searches by index or time range.
//
// A segment covers the events (start, end]: the state begins with event `start` and lasts until
// event `end` changes it (kNone while it still lasts). On the steps axis it spans x ∈ [start,
// end]; on the time axis [vtime(start), vtime(end)]. Segments of a lane are contiguous, sorted,
// and never overlap. A finished task's lane ends with `Lane::end` (done, failed, cancelled).
#pragma once

#include <cstdint>
#include <vector>

#include "engine/trace/event.h"
#include "engine/trace/trace_state.h"

namespace al::trace {

enum class LaneState : uint8_t {
  NotStarted,  // created, not yet scheduled
  Ready,       // in the ready queue
  Running,
  Waiting,         // suspended on `label`
  LoopScheduling,  // event-loop lane: between handles
  LoopTask,        // event-loop lane: running task `id`
  LoopCallback,    // event-loop lane: running callback `id` (`label`)
  LoopIdle,        // event-loop lane: nothing ready, waiting for a timer or I/O
};
std::string_view name(LaneState state);

struct Segment {
  uint32_t start = 0;
  uint32_t end = kNone;
  StrId label = StrId::empty;  // Waiting: awaited object; Ready: what it was woken through;
                               // LoopCallback: the callback
  uint32_t id = 0;             // Waiting: awaited object id; Ready: waker id; Running: step
                               // number of the task; LoopTask: task; LoopCallback: handle
  uint32_t line = 0;           // Waiting: line of the await; Running: line where the step ended
  LaneState state = LaneState::NotStarted;
  ObjKind obj_kind = ObjKind::None;   // Waiting: awaited kind; Ready: kind woken through
  WakerKind waker = WakerKind::None;  // Ready: who woke it
  bool operator==(const Segment&) const = default;
};

// The segment a live task's lane is in, from its state (start and end left to the caller).
// `Task` is a TaskInfo, or the Chrome exporter's slimmer copy with the same field names.
template <class Task>
Segment task_segment(const Task& t) {
  Segment next;
  switch (t.state) {
    case TaskState::NotStarted:
      next.state = LaneState::NotStarted;
      break;
    case TaskState::Ready:
      next.state = LaneState::Ready;
      next.label = t.woken_via;
      next.id = t.woken_by_id;
      next.waker = t.woken_by_kind;
      next.obj_kind = t.woken_via_kind;
      break;
    case TaskState::Running:
      next.state = LaneState::Running;
      next.id = t.steps;
      break;
    default:
      next.state = LaneState::Waiting;
      next.label = t.awaiting;
      next.id = t.awaiting_id;
      next.obj_kind = t.awaiting_kind;
      next.line = t.line;
      break;
  }
  return next;
}

// The segment the event loop's lane is in after `e`, from the loop's activity; a callback's
// label comes from its CallbackRun (`e`), else stays `callback_label`, the open segment's.
Segment loop_segment(LoopActivity activity, uint32_t activity_id, const Event& e,
                     StrId callback_label);

struct TaskEnd {
  TaskState state = TaskState::Done;
  uint32_t index = kNone;     // the step_end event; kNone while the task lives
  StrId text = StrId::empty;  // result repr, exception text or cancel message
  uint32_t line = 0;
  bool operator==(const TaskEnd&) const = default;
};

struct Lane {
  TaskId task = 0;  // 0: the event loop
  std::vector<Segment> segments;
  TaskEnd end;
};

// A wake-up: the Ready event `from_index` happened while `from_lane` was active (the waking
// task, else the running task, else the event loop) and `to_task` began its next step at
// `to_index` (kNone until it does). Sorted by from_index.
struct WakeEdge {
  uint32_t from_index = 0;
  uint32_t to_index = kNone;
  TaskId from_lane = 0;
  TaskId to_task = 0;
  WakerKind waker = WakerKind::None;
  uint32_t waker_id = 0;
  StrId via = StrId::empty;  // what it went through ("Queue q"), empty if unknown
  bool operator==(const WakeEdge&) const = default;
};

struct CounterPoint {
  uint32_t index = 0;
  double value = 0;  // queue size, semaphore value, ... (PrimitiveState::value)
  bool operator==(const CounterPoint&) const = default;
};

struct CounterSeries {
  ObjectId id = 0;
  ObjKind type = ObjKind::None;
  StrId label = StrId::empty;
  std::vector<CounterPoint> points;  // one per operation, in order
};

// Builds lanes, edges and counters from events, each given with the state right after it.
class TimelineBuilder {
 public:
  TimelineBuilder();
  void add(const Event& e, const StateMachine& after, const Registry& reg);

  const std::vector<Lane>& lanes() const { return lanes_; }  // [0] loop, then tasks by slot
  const std::vector<WakeEdge>& edges() const { return edges_; }
  const std::vector<CounterSeries>& counters() const { return counters_; }  // by prim slot

 private:
  void change(Lane& lane, const Segment& next, uint32_t index);
  void add_task(const Event& e, const StateMachine& after, uint32_t slot);

  std::vector<Lane> lanes_;
  std::vector<WakeEdge> edges_;
  std::vector<uint32_t> pending_edge_;  // by task slot: the edge waiting for its step_begin
  std::vector<CounterSeries> counters_;
};

}  // namespace al::trace
