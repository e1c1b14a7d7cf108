// The timeline widget: a lane per task plus the event loop's lane and counter lanes, drawn from
// the TraceModel's segments through timeline_model (folding, axes, hit testing). Zoom around
// the mouse (Ctrl+wheel), pan (drag, wheel; Shift+wheel scrolls lanes), fit (F), hover
// tooltips, click to move the cursor, a playhead, wake-up arrows, collapsible lanes.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <imgui.h>

#include "app/gui/session.h"
#include "app/gui/settings.h"
#include "app/gui/timeline_model.h"

namespace al::gui {

struct TimelineRequest {
  bool move_cursor = false;
  uint32_t cursor = 0;
  bool select_task = false;
  trace::TaskId task = 0;
  bool set_axis = false;
  Axis axis = Axis::steps;
  bool set_arrows = false;
  bool arrows_all = false;
};

class Timeline {
 public:
  // Draws into a region of `size`; returns what the user asked for.
  // `live_now` >= 0: a live run on the real clock, at that loop time (TimelineAxes::set_live_end).
  TimelineRequest draw(ImVec2 size, Session& session, uint32_t cursor, trace::TaskId selected,
                       Axis axis, bool arrows_all, double live_now = -1);
  // Shows the whole trace on `axis` (F).
  void fit(Axis axis) { fit_pending_[axis == Axis::steps ? 0 : 1] = true; }
  void fit_all() { fit_pending_[0] = fit_pending_[1] = true; }
  // Pans so that the playhead is visible (after keyboard steps and during playback).
  void reveal_cursor() { reveal_pending_ = true; }
  const AxisMap& view(Axis axis) const { return view_[axis == Axis::steps ? 0 : 1]; }
  const std::unordered_set<uint64_t>& collapsed() const { return collapsed_; }
  // CPU time of the last draw() in milliseconds (the benchmark reads it).
  double last_draw_ms() const { return last_ms_; }

 private:
  void draw_ruler(ImDrawList* dl, ImVec2 p0, ImVec2 p1, const AxisMap& map, Axis axis);
  void draw_lane(ImDrawList* dl, const LaneRow& row, float y0, Session& s, const TimelineAxes& axes,
                 const AxisMap& map, trace::TaskId selected);
  void draw_counter(ImDrawList* dl, const LaneRow& row, float y0, Session& s,
                    const TimelineAxes& axes, const AxisMap& map);
  void draw_arrows(ImDrawList* dl, Session& s, const TimelineAxes& axes, const AxisMap& map,
                   float lanes_y0, trace::TaskId selected, bool all);
  void draw_tooltip(Session& s, const TimelineAxes& axes, const LaneRow& row,
                    const TimelineHit& hit);
  float row_mid(trace::TaskId task, float lanes_y0) const;

  AxisMap view_[2];
  bool fit_pending_[2] = {true, true};
  bool reveal_pending_ = false;
  float scroll_y_ = 0;
  std::unordered_set<uint64_t> collapsed_;
  LaneLayout layout_;
  std::unordered_map<trace::TaskId, int> row_of_task_;
  std::vector<DrawSeg> marks_;
  std::vector<CounterColumn> columns_;
  bool dragging_ = false;
  bool drag_moved_ = false;
  bool scrubbing_ = false;
  ImVec2 drag_last_;
  const trace::TraceModel* last_model_ = nullptr;
  double last_ms_ = 0;
};

}  // namespace al::gui
