// Be the scheduler (issue 6): whenever several tasks are ready, the learner picks which runs
// next instead of asyncio's FIFO order. Each pick reruns the program with the choices so far
// (engine/asyncio/schedule.h), which stops at the next decision nobody has made yet; the run on
// screen is always the schedule's prefix. asyncio's own output is one click away, side by side.
//
//   mode.set_on(true);
//   mode.begin_run(); run...; mode.end_run();   // around every run while on
//   if (const ScheduleDecision* d = mode.pending()) mode.pick(1);   // then rerun
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "engine/asyncio/schedule.h"
#include "engine/trace/trace_model.h"

namespace al::gui {

// What the panel asks the window to do.
enum class SchedulerAction { none, rerun, compare };

class SchedulerMode {
 public:
  bool on() const { return on_; }
  // Switching starts from an empty schedule.
  void set_on(bool on);

  // Around each run: installs the chooser (stop at the first undecided decision) while on,
  // and takes the run's decisions afterwards.
  void begin_run();
  void end_run();

  // The decision the run on screen stopped at, or null when it ran to its end.
  const ScheduleDecision* pending() const;
  const std::vector<ScheduleDecision>& decisions() const { return decisions_; }
  // The decisions made in the run on screen (what export writes and replay reruns).
  Schedule made() const;
  const Schedule& schedule() const { return schedule_; }

  // Choose ready task `i` at the pending decision (the caller reruns).
  void pick(std::size_t i);
  void undo();
  void clear();
  // Replays `s`: the next run follows it as far as it goes.
  void load(Schedule s);

  // asyncio's order for comparison: the program's output without a chooser.
  void set_fifo_output(std::vector<std::string> lines);
  bool comparing() const { return comparing_; }
  const std::vector<std::string>& fifo_output() const { return fifo_output_; }

  // The floating window; `output` is the run on screen's printed lines.
  SchedulerAction draw(const std::vector<std::string>& output, ImFont* code_font);

 private:
  bool on_ = false;
  Schedule schedule_;
  std::vector<ScheduleDecision> decisions_;
  bool stopped_ = false;
  bool comparing_ = false;
  std::vector<std::string> fifo_output_;
};

// The stdout lines of a run, as the console shows them.
std::vector<std::string> output_lines(const trace::TraceModel& model);

// Runs `source` with the registered runner in asyncio's own order; its printed lines.
std::vector<std::string> fifo_output(const std::string& source, const std::string& filename);

}  // namespace al::gui
