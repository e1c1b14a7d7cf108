// Where a lesson's guided step happens in a run: the task's moments (create, run n, suspend n,
// wake n, end) read from the timeline's lanes exactly as tests/lessons/schedule.py reads them
// from the Chrome trace, so the window and the lesson validator agree on every marker.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/lesson_doc.h"
#include "engine/trace/trace_model.h"

namespace al::gui {

struct ScheduleEvent {
  uint32_t index = 0;  // the trace event where it happens
  std::string kind;    // create | run | suspend | wake | end
  std::string task;    // the task's name
  trace::TaskId id = 0;
  int n = 1;
};

// Every task moment of the run, ordered by event index (ties: creation order of the tasks).
std::vector<ScheduleEvent> schedule_of(const trace::TraceModel& model);
// The moment a marker names ("end" ignores n: a task ends once).
std::optional<ScheduleEvent> find_step(const std::vector<ScheduleEvent>& sched,
                                       const StepMarker& m);
// Predict mode's "which task runs next" question: the event its `after` moment happens at, which
// the run is shown up to before the answer; nothing for other questions or a missing moment.
std::optional<uint32_t> predict_horizon(const PredictSpec& spec, const trace::TraceModel& model);
// The first step that begins after event `index`.
std::optional<ScheduleEvent> next_run_after(const std::vector<ScheduleEvent>& sched,
                                            uint32_t index);

}  // namespace al::gui
