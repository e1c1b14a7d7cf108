// The cursor through a trace and its playback: step by event or by task switch, jump to the
// start or end, play at a speed (events per second on the steps axis, a multiple of real time
// on the time axis), stop at breakpoints.
#pragma once

#include <cstdint>
#include <set>

#include "app/gui/settings.h"
#include "engine/trace/trace_model.h"

namespace al::gui {

class Player {
 public:
  // A new trace: keeps the cursor where it was when the trace is long enough.
  void reset(uint32_t size);
  uint32_t cursor() const { return cursor_; }
  uint32_t size() const { return size_; }
  void set_cursor(uint32_t i);

  void step(int delta);
  void to_start() { set_cursor(0); }
  void to_end() { set_cursor(size_ ? size_ - 1 : 0); }
  // The next / previous moment the loop hands control to a task (a StepBegin event).
  void next_switch(const trace::TraceModel& model);
  void prev_switch(const trace::TraceModel& model);

  bool playing() const { return playing_; }
  void set_playing(bool on, const trace::TraceModel* model);
  // Advances playback by `dt` seconds of wall time. Stops at the end and at the first event
  // on a line in `breakpoints` (1-based lines). Returns true when the cursor moved.
  bool tick(double dt, const trace::TraceModel& model, Axis axis, double steps_per_second,
            double time_multiple, const std::set<int>& breakpoints);
  // The breakpoint line playback stopped at, 0 if none.
  int stopped_at_breakpoint() const { return breakpoint_hit_; }

 private:
  uint32_t cursor_ = 0;
  uint32_t size_ = 0;
  bool playing_ = false;
  double carry_ = 0;      // fractional events (steps axis) not yet played
  double play_time_ = 0;  // the virtual time playback has reached (time axis)
  int breakpoint_hit_ = 0;
};

}  // namespace al::gui
