#include "engine/trace/timeline.h"

#include <array>

namespace al::trace {

std::string_view name(LaneState state) {
  static constexpr std::array<std::string_view, 8> kNames = {
      "not started", "ready", "running", "waiting", "scheduling", "task", "callback", "idle"};
  return kNames[static_cast<size_t>(state)];
}

Segment loop_segment(LoopActivity activity, uint32_t activity_id, const Event& e,
                     StrId callback_label) {
  Segment loop;
  loop.id = activity_id;
  switch (activity) {
    case LoopActivity::Scheduling:
      loop.state = LaneState::LoopScheduling;
      loop.id = 0;
      break;
    case LoopActivity::RunningTask:
      loop.state = LaneState::LoopTask;
      break;
    case LoopActivity::RunningCallback:
      loop.state = LaneState::LoopCallback;
      // Events inside the callback keep the label its CallbackRun gave.
      loop.label = e.kind == EventKind::CallbackRun ? e.obj_label : callback_label;
      break;
    case LoopActivity::Idle:
      loop.state = LaneState::LoopIdle;
      loop.id = 0;
      break;
  }
  return loop;
}

TimelineBuilder::TimelineBuilder() {
  lanes_.emplace_back();
  // The loop lane covers the whole trace, so any instant belongs to one of its segments.
  lanes_[0].segments.push_back({0, kNone, StrId::empty, 0, 0, LaneState::LoopScheduling});
}

static bool same_state(const Segment& a, const Segment& b) {
  return a.state == b.state && a.label == b.label && a.id == b.id && a.obj_kind == b.obj_kind &&
         a.waker == b.waker && (a.state == LaneState::Running || a.line == b.line);
}

// Closes the lane's open segment at `index` and opens `next` there, unless nothing changed.
void TimelineBuilder::change(Lane& lane, const Segment& next, uint32_t index) {
  if (!lane.segments.empty() && lane.segments.back().end == kNone) {
    Segment& open = lane.segments.back();
    if (same_state(open, next)) return;
    open.end = index;
  }
  Segment s = next;
  s.start = index;
  s.end = kNone;
  lane.segments.push_back(s);
}

void TimelineBuilder::add(const Event& e, const StateMachine& after, const Registry& reg) {
  // Event-loop lane.
  Segment loop =
      loop_segment(after.activity(), after.activity_id(), e, lanes_[0].segments.back().label);
  change(lanes_[0], loop, e.index);

  if (e.task != 0) add_task(e, after, reg.task_slot_of(e.task));

  if (e.kind == EventKind::PrimitiveOp) {
    uint32_t slot = reg.prim_slot_of(e.obj_id);
    while (counters_.size() <= slot) {
      const PrimitiveInfo& p = reg.prims[counters_.size()];
      counters_.push_back({p.id, p.type, p.label, {}});
    }
    counters_[slot].points.push_back({e.index, e.num});
  }
}

void TimelineBuilder::add_task(const Event& e, const StateMachine& after, uint32_t slot) {
  while (lanes_.size() <= slot + 1) {
    lanes_.emplace_back();
    pending_edge_.push_back(kNone);
  }
  Lane& lane = lanes_[slot + 1];
  lane.task = e.task;
  const TaskInfo& t = *after.task_at_slot(slot);

  if (e.kind == EventKind::Ready) {
    WakeEdge edge;
    edge.from_index = e.index;
    edge.to_task = e.task;
    edge.waker = e.waker_kind;
    edge.waker_id = e.waker_id;
    edge.via = e.obj_label;
    // The arrow starts on a lane active at that instant: the running task (normally the waker
    // itself), else the event loop, whose lane covers every instant.
    edge.from_lane = after.running();
    pending_edge_[slot] = static_cast<uint32_t>(edges_.size());
    edges_.push_back(edge);
  } else if (e.kind == EventKind::StepBegin && pending_edge_[slot] != kNone) {
    edges_[pending_edge_[slot]].to_index = e.index;
    pending_edge_[slot] = kNone;
  }

  if (lane.end.index != kNone) return;
  if (is_finished(t.state)) {
    if (!lane.segments.empty() && lane.segments.back().end == kNone) {
      Segment& open = lane.segments.back();
      if (open.state == LaneState::Running) open.line = e.line;
      open.end = e.index;
    }
    lane.end = {t.state, e.index, t.outcome, t.line};
    return;
  }
  Segment next = task_segment(t);
  if (e.kind == EventKind::StepEnd && !lane.segments.empty() &&
      lane.segments.back().state == LaneState::Running) {
    lane.segments.back().line = e.line;
  }
  change(lane, next, e.index);
}

}  // namespace al::trace
