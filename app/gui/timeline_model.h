// The timeline's geometry, apart from drawing so it can be unit-tested: where trace things sit
// on either axis, the visible range and its mapping to pixels, lane layout, folding of
// segments too narrow to see, and hit testing.
//
// Axes (DESIGN.md §6): on the scheduler-steps axis event i occupies [i, i+1] — a segment
// (start, end] spans [start, end], the cursor "after event i" sits at i + 0.5; on the
// virtual-time axis everything sits at its event's virtual time.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_set>
#include <vector>

#include "app/gui/settings.h"
#include "engine/trace/trace_model.h"

namespace al::gui {

// The visible range [u0, u1] in axis units (events or seconds) on pixels [x0, x1].
struct AxisMap {
  double u0 = 0, u1 = 1;
  float x0 = 0, x1 = 1;

  float to_x(double u) const {
    return x0 + static_cast<float>((u - u0) / (u1 - u0) * static_cast<double>(x1 - x0));
  }
  double to_u(float x) const { return u0 + static_cast<double>(x - x0) / (x1 - x0) * (u1 - u0); }
  double units_per_pixel() const { return (u1 - u0) / static_cast<double>(x1 - x0); }
  // Zooms by `factor` (> 1 zooms in) keeping the unit under pixel `x` fixed; the span stays
  // within [min_span, max_span].
  void zoom_around(float x, double factor, double min_span, double max_span);
  void pan_pixels(float dx);
  // Shifts the range into [lo, hi] when it sticks out (its span is kept if it fits).
  void keep_within(double lo, double hi);
};

// Positions of trace things on one axis.
class TimelineAxes {
 public:
  TimelineAxes(const trace::TraceModel& model, Axis axis) : m_(model), axis_(axis) {}
  Axis axis() const { return axis_; }
  // A live run on the real clock: the loop's time now. On the time axis the trace reaches it
  // and open segments (a task still running or waiting) end there, so a task that runs without
  // awaiting shows a growing bar although it records no events.
  void set_live_end(double t) { live_end_ = t; }
  double seg_start(const trace::Segment& s) const;
  double seg_end(const trace::Segment& s) const;  // open segments end with the trace
  double index_pos(uint32_t i) const;             // where event i begins
  double cursor_pos(uint32_t i) const;            // the state after event i
  // The event a click at `u` means: the one whose state is shown there.
  uint32_t event_at(double u) const;
  double extent() const;  // the axis' end (its start is 0)
  // Segments of `lane` that meet [u0, u1].
  std::span<const trace::Segment> visible(const trace::Lane& lane, double u0, double u1) const;

 private:
  const trace::TraceModel& m_;
  Axis axis_;
  double live_end_ = -1;
};

// One drawn mark of a lane: a segment, or `count` > 1 consecutive narrow segments folded into
// one mark. `first` indexes Lane::segments. `state` is the segments' state when they all share
// one (always for a single segment); `mixed` otherwise.
struct DrawSeg {
  float x0 = 0, x1 = 0;
  uint32_t first = 0;
  uint32_t count = 1;
  trace::LaneState state = trace::LaneState::NotStarted;
  bool mixed = false;
};

// The marks for the visible segments of `lane`: segments at least `min_px` wide are drawn
// alone; a run of narrower ones becomes one mark. Costs O(wide marks + folded pixels / min_px ×
// log n), not O(segments), so a million tiny segments fold in a few hundred steps.
void fold_segments(const trace::Lane& lane, const TimelineAxes& axes, const AxisMap& map,
                   float min_px, std::vector<DrawSeg>& out);

// Per-pixel-column extremes of a counter series, for drawing it at any zoom in O(width).
struct CounterColumn {
  float x0 = 0, x1 = 0;
  double lo = 0, hi = 0, last = 0;  // range within the column, value at its end
};
void counter_columns(const trace::CounterSeries& series, const TimelineAxes& axes,
                     const AxisMap& map, std::vector<CounterColumn>& out);

// The lanes' vertical layout: the event loop, tasks in creation order, then counters.
struct LaneRow {
  enum class Kind : uint8_t { Loop, Task, Counter } kind = Kind::Loop;
  uint32_t index = 0;  // into TraceModel::lanes() or counters()
  trace::TaskId task = 0;
  float y = 0, h = 0;  // relative to the top of the lane area
  bool collapsed = false;
};

struct LaneHeights {
  float loop = 24, task = 28, counter = 40, collapsed = 12, gap = 2;
};

class LaneLayout {
 public:
  // `collapsed` holds keys from row_key().
  void build(const trace::TraceModel& model, const std::unordered_set<uint64_t>& collapsed,
             const LaneHeights& heights);
  const std::vector<LaneRow>& rows() const { return rows_; }
  float height() const { return height_; }
  // The row at height `y`, or -1.
  int row_at(float y) const;
  // Rows that meet [y0, y1]: [first, last), found by binary search.
  std::pair<int, int> visible(float y0, float y1) const;
  int row_of_task(trace::TaskId task) const;

  static uint64_t row_key(LaneRow::Kind kind, uint32_t id);

 private:
  std::vector<LaneRow> rows_;
  float height_ = 0;
};

// What is under the mouse in the lane area.
struct TimelineHit {
  int row = -1;
  uint32_t segment = trace::kNone;  // index into the lane's segments
  uint32_t count = 0;               // > 1: a folded mark of this many segments
  float x0 = 0, x1 = 0;             // the mark's extent
};

TimelineHit hit_test(const trace::TraceModel& model, const LaneLayout& layout,
                     const TimelineAxes& axes, const AxisMap& map, float min_px, float x, float y);

}  // namespace al::gui
