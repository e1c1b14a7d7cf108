// The run on screen: its trace model and the indices the widgets share — task colours by
// creation order, clock jumps for the loop lane, problems, and the state at the cursor (cached,
// since every panel asks for it every frame).
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "app/gui/scenario_runner.h"
#include "engine/trace/trace_model.h"

namespace al::gui {

class Session {
 public:
  // Takes over a finished run. The previous run's trace stays on screen when the new one has
  // none (a syntax error), so the learner keeps their place.
  void set(RunResult run);
  // Live runs: absorbs events the recorder published since the last call.
  void update();
  // A live run ended (or was stopped): its outcome; the trace is the one already on screen.
  void finish(const ScenarioOutcome& outcome, bool stopped);

  const trace::TraceModel* model() const { return run_.model.get(); }
  bool has_trace() const { return run_.model && run_.model->size() > 0; }
  uint32_t size() const { return run_.model ? run_.model->size() : 0; }
  RunKind kind() const { return kind_; }
  int run_count() const { return run_count_; }
  double run_milliseconds() const { return ms_; }
  int exit_status() const { return exit_status_; }
  const std::vector<ErrorMarker>& errors() const { return errors_; }
  // The trace shown belongs to an older run (the latest one had a syntax error).
  bool stale() const { return stale_; }

  // Creation order of a task (0 = first), -1 for the loop or an unknown id.
  int task_slot(trace::TaskId id) const;
  ImU32 task_colour(trace::TaskId id) const;
  const std::vector<uint32_t>& clock_jumps() const { return clock_jumps_; }

  // The loop's state after event `i` (i < size()), computed once per cursor position.
  const trace::State& state_at(uint32_t i);

 private:
  void index_new_events(uint32_t from);

  RunResult run_;
  RunKind kind_ = RunKind::none;
  std::vector<ErrorMarker> errors_;
  int run_count_ = 0;
  double ms_ = 0;
  int exit_status_ = 0;
  bool stale_ = false;
  uint32_t indexed_ = 0;
  std::unordered_map<trace::TaskId, int> slots_;
  std::vector<uint32_t> clock_jumps_;
  std::optional<trace::State> state_;
  uint32_t state_index_ = trace::kNone;
};

}  // namespace al::gui
