#include "app/gui/session.h"

#include "app/gui/theme.h"

namespace al::gui {

void Session::set(RunResult run) {
  ++run_count_;
  kind_ = run.kind;
  errors_ = run.errors;
  ms_ = run.milliseconds;
  exit_status_ = run.exit_status;
  if (!run.model) {
    stale_ = run_.model != nullptr;
    return;
  }
  stale_ = false;
  run_ = std::move(run);
  slots_.clear();
  clock_jumps_.clear();
  indexed_ = 0;
  state_.reset();
  state_index_ = trace::kNone;
  index_new_events(0);
}

void Session::update() {
  if (!run_.model) return;
  if (run_.model->update() > 0) index_new_events(indexed_);
}

void Session::finish(const ScenarioOutcome& outcome, bool stopped) {
  update();
  errors_ = outcome.errors;
  exit_status_ = outcome.exit_status;
  kind_ = stopped ? RunKind::stopped : outcome.exit_status == 0 ? RunKind::ok : RunKind::failed;
}

void Session::index_new_events(uint32_t from) {
  const trace::TraceModel& m = *run_.model;
  for (trace::TaskId id : m.task_ids())
    if (!slots_.count(id)) slots_.emplace(id, static_cast<int>(slots_.size()));
  for (uint32_t i = from; i < m.size(); ++i)
    if (m.event(i).kind == trace::EventKind::ClockAdvance) clock_jumps_.push_back(i);
  indexed_ = m.size();
}

int Session::task_slot(trace::TaskId id) const {
  auto it = slots_.find(id);
  return it == slots_.end() ? -1 : it->second;
}

ImU32 Session::task_colour(trace::TaskId id) const {
  return task_color(task_slot(id));
}

const trace::State& Session::state_at(uint32_t i) {
  if (!state_ || state_index_ != i) {
    state_ = run_.model->state_at(i);
    state_index_ = i;
  }
  return *state_;
}

}  // namespace al::gui
