#include "engine/trace/trace_model.h"

#include <algorithm>
#include <stdexcept>

namespace al::trace {

TraceModel::TraceModel(const Recorder& recorder, uint32_t snapshot_interval)
    : rec_(recorder), interval_(std::max<uint32_t>(snapshot_interval, 1)) {
  snapshots_.push_back(live_.snapshot());
  next_snapshot_ = interval_;
  update();
}

uint32_t TraceModel::update() {
  uint32_t end = rec_.size();
  uint32_t begin = size_;
  for (uint32_t i = begin; i < end; ++i) {
    const Event& e = rec_[i];
    reg_.add(e);
    live_.apply(e, reg_);
    timeline_.add(e, live_, reg_);
    if (e.task != 0) {
      uint32_t slot = reg_.task_slot_of(e.task);
      if (finals_.size() <= slot) finals_.resize(slot + 1);
      const TaskInfo& t = *live_.task_at_slot(slot);
      if (is_finished(t.state) && !is_finished(finals_[slot].state)) finals_[slot] = t;
    }
    switch (e.kind) {
      case EventKind::ConsoleOutput:
        console_.add(e, rec_.str(e.text));
        break;
      case EventKind::Diagnostic:
        diagnostics_.push_back(i);
        break;
      case EventKind::StepBegin:
        step_begins_.push_back(i);
        break;
      default:
        break;
    }
    if (live_.applied() == next_snapshot_) {
      snapshots_.push_back(live_.snapshot());
      // A large state is snapshotted less often: snapshots never outweigh the events between.
      size_t spacing = std::max<size_t>(interval_, live_.snapshot_bytes() / sizeof(PackedEvent));
      next_snapshot_ = live_.applied() + static_cast<uint32_t>(spacing);
    }
  }
  size_ = end;
  return end - begin;
}

State TraceModel::finish(const StateMachine& m) const {
  State s = m.view(reg_, rec_);
  if (s.index != kNone) {
    s.console_lines = console_count_at(s.index);
    s.diagnostics = diagnostics_count_at(s.index);
  }
  return s;
}

State TraceModel::state_at(uint32_t i) const {
  if (i >= size_) throw std::out_of_range("TraceModel::state_at: no such event");
  uint32_t target = i + 1;  // events to apply
  auto after =
      std::upper_bound(snapshots_.begin(), snapshots_.end(), target,
                       [](uint32_t t, const StateMachine::Snapshot& s) { return t < s.applied; });
  const StateMachine::Snapshot& base = *std::prev(after);
  StateMachine m(base, finals_);
  for (uint32_t k = base.applied; k < target; ++k) m.apply(rec_[k], reg_);
  last_replayed_ = target - base.applied;
  return finish(m);
}

State TraceModel::state_replayed_from_zero(uint32_t i) const {
  if (i >= size_) throw std::out_of_range("TraceModel::state_replayed_from_zero: no such event");
  StateMachine m;
  for (uint32_t k = 0; k <= i; ++k) m.apply(rec_[k], reg_);
  return finish(m);
}

std::string TraceModel::task_name(TaskId id) const {
  uint32_t slot = reg_.task_slot_of(id);
  const TaskInfo* t = slot == kNone ? nullptr : live_.task_at_slot(slot);
  if (t == nullptr || t->created_index == kNone) return "task " + std::to_string(id);
  return std::string(rec_.str(t->name));
}

bool TraceModel::is_internal(TaskId id) const {
  uint32_t slot = reg_.task_slot_of(id);
  const TaskInfo* t = slot == kNone ? nullptr : live_.task_at_slot(slot);
  return t != nullptr && t->internal;
}

std::string TraceModel::task_title(TaskId id) const {
  uint32_t slot = reg_.task_slot_of(id);
  const TaskInfo* t = slot == kNone ? nullptr : live_.task_at_slot(slot);
  if (t == nullptr || t->created_index == kNone) return "task " + std::to_string(id);
  std::string title(rec_.str(t->name));
  std::string_view coro = rec_.str(t->coroutine);
  if (!coro.empty()) {
    title += " (";
    title += coro;
    title += ")";
  }
  return title;
}

const Lane* TraceModel::lane(TaskId task) const {
  if (task == 0) return &lanes()[0];
  uint32_t slot = reg_.task_slot_of(task);
  if (slot == kNone || slot + 1 >= lanes().size()) return nullptr;
  return &lanes()[slot + 1];
}

std::span<const Segment> TraceModel::segments_in(const Lane& lane, uint32_t first,
                                                 uint32_t last) const {
  const auto& segs = lane.segments;
  // Ends and starts both increase along a lane; an open end counts as the trace's end.
  auto lo = std::partition_point(segs.begin(), segs.end(),
                                 [&](const Segment& s) { return s.end < first; });
  auto hi = std::partition_point(lo, segs.end(), [&](const Segment& s) { return s.start <= last; });
  return {lo, hi};
}

double TraceModel::end_time(const Segment& s) const {
  if (s.end != kNone) return rec_.vtime(s.end);
  return size_ == 0 ? 0 : rec_.vtime(size_ - 1);
}

std::span<const Segment> TraceModel::segments_between(const Lane& lane, double t0,
                                                      double t1) const {
  const auto& segs = lane.segments;
  auto lo = std::partition_point(segs.begin(), segs.end(),
                                 [&](const Segment& s) { return end_time(s) < t0; });
  auto hi =
      std::partition_point(lo, segs.end(), [&](const Segment& s) { return start_time(s) <= t1; });
  return {lo, hi};
}

const Segment* TraceModel::segment_at(const Lane& lane, uint32_t i) const {
  const auto& segs = lane.segments;
  auto it = std::partition_point(segs.begin(), segs.end(),
                                 [&](const Segment& s) { return s.start <= i; });
  if (it == segs.begin()) return nullptr;
  const Segment& s = *std::prev(it);
  return s.end == kNone || s.end > i ? &s : nullptr;
}

std::span<const WakeEdge> TraceModel::wake_edges_from(uint32_t first, uint32_t last) const {
  const auto& edges = wake_edges();
  auto lo = std::partition_point(edges.begin(), edges.end(),
                                 [&](const WakeEdge& e) { return e.from_index < first; });
  auto hi = std::partition_point(lo, edges.end(),
                                 [&](const WakeEdge& e) { return e.from_index <= last; });
  return {lo, hi};
}

uint32_t TraceModel::steps_at(uint32_t i) const {
  return static_cast<uint32_t>(std::upper_bound(step_begins_.begin(), step_begins_.end(), i) -
                               step_begins_.begin());
}

uint32_t TraceModel::index_at_time(double t) const {
  uint32_t lo = 0, hi = size_;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (rec_.vtime(mid) < t) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

uint32_t TraceModel::diagnostics_count_at(uint32_t i) const {
  return static_cast<uint32_t>(std::upper_bound(diagnostics_.begin(), diagnostics_.end(), i) -
                               diagnostics_.begin());
}

}  // namespace al::trace
