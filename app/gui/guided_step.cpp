#include "app/gui/guided_step.h"

#include <algorithm>

namespace al::gui {

std::vector<ScheduleEvent> schedule_of(const trace::TraceModel& model) {
  std::vector<ScheduleEvent> out;
  uint32_t last = model.size() ? model.size() - 1 : 0;
  for (const trace::Lane& lane : model.lanes()) {
    if (lane.task == 0) continue;
    std::string name = model.task_name(lane.task);
    int readies = 0, runs = 0;
    uint32_t last_run_end = trace::kNone;
    for (const trace::Segment& s : lane.segments) {
      ScheduleEvent e{s.start, "", name, lane.task, 1};
      if (s.state == trace::LaneState::Ready) {
        ++readies;
        e.kind = readies == 1 ? "create" : "wake";
        e.n = readies == 1 ? 1 : readies - 1;
      } else if (s.state == trace::LaneState::Running) {
        e.kind = "run";
        e.n = ++runs;
        last_run_end = s.end == trace::kNone ? last : s.end;
      } else if (s.state == trace::LaneState::Waiting && runs) {
        e.kind = "suspend";
        e.n = runs;
      } else {
        continue;
      }
      out.push_back(std::move(e));
    }
    if (lane.end.index != trace::kNone && last_run_end != trace::kNone)
      out.push_back(ScheduleEvent{last_run_end, "end", name, lane.task, runs});
  }
  std::stable_sort(out.begin(), out.end(), [](const ScheduleEvent& a, const ScheduleEvent& b) {
    return a.index < b.index;
  });
  return out;
}

std::optional<ScheduleEvent> find_step(const std::vector<ScheduleEvent>& sched,
                                       const StepMarker& m) {
  for (const ScheduleEvent& e : sched)
    if (e.task == m.task && e.kind == m.event && (m.event == "end" || e.n == m.n)) return e;
  return std::nullopt;
}

std::optional<uint32_t> predict_horizon(const PredictSpec& spec, const trace::TraceModel& model) {
  if (spec.kind != PredictSpec::Kind::next) return std::nullopt;
  std::optional<ScheduleEvent> e = find_step(schedule_of(model), spec.after);
  if (!e) return std::nullopt;
  return e->index;
}

std::optional<ScheduleEvent> next_run_after(const std::vector<ScheduleEvent>& sched,
                                            uint32_t index) {
  for (const ScheduleEvent& e : sched)
    if (e.index > index && e.kind == "run") return e;
  return std::nullopt;
}

}  // namespace al::gui
