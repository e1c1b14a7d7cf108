// Sections: helpers · header and interaction (draw) · ruler · lanes · counters · arrows ·
// tooltips.
#include "app/gui/timeline.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/gui/engine_runner.h"
#include "app/gui/i18n.h"
#include "app/gui/theme.h"
#include "app/gui/trace_text.h"
#include "app/gui/ui_rects.h"

namespace al::gui {

using trace::kNone;
using trace::Lane;
using trace::LaneState;
using trace::Segment;

// ---- helpers ----

namespace {

constexpr float kRulerH = 24.0f;
constexpr float kLabelW = 178.0f;
constexpr float kMinPx = 3.0f;  // narrower segments fold (DESIGN.md §6)
constexpr float kScrollbarW = 8.0f;
constexpr std::size_t kMaxArrows = 1500;

double nice_step(double raw) {
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  double m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

void hatch(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float spacing = 6.0f) {
  dl->PushClipRect(a, b, true);
  float h = b.y - a.y;
  for (float x = a.x - h; x < b.x; x += spacing)
    dl->AddLine(ImVec2(x, b.y), ImVec2(x + h, a.y), col, 1.0f);
  dl->PopClipRect();
}

// Text inside [a, b] if it fits, else nothing: a clipped half-word reads as noise.
void label_in(ImDrawList* dl, float a, float b, float y, ImU32 col, const std::string& text,
              float font_size) {
  ImFont* font = ImGui::GetFont();
  float w = font->CalcTextSizeA(font_size, FLT_MAX, 0, text.c_str()).x;
  if (w + 8.0f > b - a) return;
  dl->AddText(font, font_size, ImVec2(a + 4.0f, y), col, text.c_str());
}

// The end-of-task glyph: ✓ done, ✕ failed, ⊘ cancelled, drawn as shapes (no font needed).
void end_marker(ImDrawList* dl, ImVec2 c, float r, trace::TaskState state) {
  const Palette& p = palette();
  ImU32 col = state == trace::TaskState::Done     ? p.done
              : state == trace::TaskState::Failed ? p.failed
                                                  : p.cancelled;
  ImU32 ink =
      current_theme() == Theme::dark ? IM_COL32(20, 22, 26, 255) : IM_COL32(255, 255, 255, 255);
  dl->AddCircleFilled(c, r, col, 16);
  float k = r * 0.5f;
  if (state == trace::TaskState::Done) {
    dl->AddLine(ImVec2(c.x - k, c.y), ImVec2(c.x - k * 0.2f, c.y + k * 0.8f), ink, 2.0f);
    dl->AddLine(ImVec2(c.x - k * 0.2f, c.y + k * 0.8f), ImVec2(c.x + k, c.y - k * 0.8f), ink, 2.0f);
  } else if (state == trace::TaskState::Failed) {
    dl->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), ink, 2.0f);
    dl->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), ink, 2.0f);
  } else {
    dl->AddCircle(c, k * 1.1f, ink, 12, 1.6f);
    dl->AddLine(ImVec2(c.x - k * 0.8f, c.y + k * 0.8f), ImVec2(c.x + k * 0.8f, c.y - k * 0.8f), ink,
                1.6f);
  }
}

void swatch(ImDrawList* dl, ImU32 col, const char* text, bool outline = false) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight();
  ImVec2 a(pos.x, pos.y + h * 0.2f), b(pos.x + h * 1.1f, pos.y + h * 0.85f);
  dl->AddRectFilled(a, b, outline ? with_alpha(col, 0.35f) : col, 2.0f);
  if (outline) dl->AddRect(a, b, col, 2.0f);
  ImGui::Dummy(ImVec2(h * 1.1f + 4.0f, h));
  ImGui::SameLine(0, 0);
  ImGui::TextUnformatted(text);
  ImGui::SameLine(0, 12.0f);
}

}  // namespace

// ---- header and interaction ----

TimelineRequest Timeline::draw(ImVec2 size, Session& s, uint32_t cursor, trace::TaskId selected,
                               Axis axis, bool arrows_all, double live_now) {
  auto started = std::chrono::steady_clock::now();
  TimelineRequest req;
  const Palette& p = palette();
  ImGui::BeginChild("##timeline", size, false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImDrawList* dl = ImGui::GetWindowDrawList();

  // Header: title, axis switch, fit, arrows, legend.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("panel.timeline"));
  ImGui::SameLine(0, 16);
  for (Axis a : {Axis::steps, Axis::time}) {
    bool on = a == axis;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const char* key = a == Axis::steps                    ? "axis.steps"
                      : engine_clock() == ClockMode::Real ? "axis.real_time"
                                                          : "axis.time";
    if (ImGui::Button(trl(key)) && !on) {
      req.set_axis = true;
      req.axis = a;
    }
    note_item_rect(a == Axis::steps ? "axis_steps" : "axis_time");
    if (on) ImGui::PopStyleColor();
    ImGui::SameLine(0, 2);
  }
  ImGui::SameLine(0, 12);
  if (ImGui::Button(trl("timeline.fit"))) fit(axis);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("F");
  ImGui::SameLine(0, 12);
  bool all = arrows_all;
  if (ImGui::Checkbox(trl("timeline.arrows_all"), &all)) {
    req.set_arrows = true;
    req.arrows_all = all;
  }
  ImGui::SameLine(0, 24);
  swatch(dl, p.running, tr("state.running"));
  swatch(dl, p.ready, tr("state.ready"), true);
  swatch(dl, p.waiting, tr("state.waiting"));
  swatch(dl, p.idle, tr("loop.idle_short"));
  ImGui::NewLine();

  const trace::TraceModel* m = s.model();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  if (!m || m->size() == 0) {
    const char* msg = tr("run.no_trace");
    ImVec2 ts = ImGui::CalcTextSize(msg);
    dl->AddText(ImVec2(origin.x + (avail.x - ts.x) * 0.5f, origin.y + (avail.y - ts.y) * 0.4f),
                p.muted_text, msg);
    ImGui::EndChild();
    return req;
  }
  if (m != last_model_) {
    last_model_ = m;
    fit_all();
  }

  int ai = axis == Axis::steps ? 0 : 1;
  AxisMap& map = view_[ai];
  TimelineAxes axes(*m, axis);
  axes.set_live_end(live_now);
  const float plot_x0 = origin.x + kLabelW + 8.0f,
              plot_x1 = origin.x + avail.x - kScrollbarW - 8.0f;
  map.x0 = plot_x0;
  map.x1 = std::max(plot_x0 + 10.0f, plot_x1);
  double extent = std::max(axes.extent(), axis == Axis::steps ? 1.0 : 1e-3);
  if (fit_pending_[ai]) {
    map.u0 = 0;
    map.u1 = extent * 1.02;
    fit_pending_[ai] = false;
  }
  double min_span = axis == Axis::steps ? 8.0 : 1e-6;
  double max_span = extent * 1.5;
  // A rerun keeps the view, unless the new trace is much shorter than what it shows.
  if (map.u1 - map.u0 > max_span) {
    map.u0 = 0;
    map.u1 = extent * 1.02;
  }

  const ImVec2 ruler0(origin.x, origin.y), ruler1(origin.x + avail.x, origin.y + kRulerH);
  const ImVec2 lanes0(origin.x, ruler1.y + 2), lanes1(origin.x + avail.x, origin.y + avail.y);
  const float lanes_h = std::max(1.0f, lanes1.y - lanes0.y);

  LaneHeights heights;
  heights.task = std::floor(ImGui::GetTextLineHeight() + 12.0f);
  heights.loop = heights.task - 4.0f;
  heights.counter = heights.task + 12.0f;
  layout_.build(*m, collapsed_, heights);
  row_of_task_.clear();
  for (std::size_t i = 0; i < layout_.rows().size(); ++i)
    if (layout_.rows()[i].kind != LaneRow::Kind::Counter)
      row_of_task_[layout_.rows()[i].task] = static_cast<int>(i);

  // Ruler: click or drag to scrub.
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetCursorScreenPos(ImVec2(plot_x0, ruler0.y));
  ImGui::InvisibleButton("##ruler", ImVec2(map.x1 - plot_x0, kRulerH));
  if (ImGui::IsItemActive()) {
    req.move_cursor = true;
    req.cursor = axes.event_at(map.to_u(std::clamp(io.MousePos.x, map.x0, map.x1)));
  }

  // Lanes: wheel, drag and click.
  ImGui::SetCursorScreenPos(lanes0);
  ImGui::InvisibleButton("##lanes", ImVec2(avail.x, lanes_h),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
  note_rect("timeline_lanes", plot_x0, lanes0.y, map.x1 - plot_x0, lanes_h);
  bool hovered = ImGui::IsItemHovered();
  ImVec2 mouse = io.MousePos;
  if (hovered && io.MouseWheel != 0) {
    if (io.KeyCtrl) {
      map.zoom_around(std::clamp(mouse.x, map.x0, map.x1), std::pow(1.25, io.MouseWheel), min_span,
                      max_span);
    } else if (io.KeyShift) {
      scroll_y_ -= io.MouseWheel * heights.task * 2.0f;
    } else {
      map.pan_pixels(io.MouseWheel * 60.0f);
    }
  }
  if (hovered && io.MouseWheelH != 0) map.pan_pixels(io.MouseWheelH * 60.0f);
  if (ImGui::IsItemActivated()) {
    dragging_ = true;
    drag_moved_ = false;
    drag_last_ = mouse;
  }
  if (dragging_ && ImGui::IsItemActive()) {
    ImVec2 d(mouse.x - drag_last_.x, mouse.y - drag_last_.y);
    if (!drag_moved_ && (std::fabs(d.x) > 3 || std::fabs(d.y) > 3)) drag_moved_ = true;
    if (drag_moved_) {
      map.pan_pixels(d.x);
      scroll_y_ -= d.y;
      drag_last_ = mouse;
    }
  }
  if (ImGui::IsItemDeactivated()) {
    if (!drag_moved_) {
      int r = layout_.row_at(mouse.y - lanes0.y + scroll_y_);
      const LaneRow* row = r >= 0 ? &layout_.rows()[static_cast<std::size_t>(r)] : nullptr;
      if (mouse.x < plot_x0) {
        if (row && mouse.x < origin.x + 20.0f) {
          uint64_t key = LaneLayout::row_key(row->kind, row->kind == LaneRow::Kind::Counter
                                                            ? m->counters()[row->index].id
                                                            : row->task);
          if (!collapsed_.erase(key)) collapsed_.insert(key);
        } else if (row && row->kind == LaneRow::Kind::Task) {
          req.select_task = true;
          req.task = row->task;
        }
      } else {
        req.move_cursor = true;
        req.cursor = axes.event_at(map.to_u(mouse.x));
        if (row && row->kind == LaneRow::Kind::Task) {
          req.select_task = true;
          req.task = row->task;
        }
      }
    }
    dragging_ = false;
  }
  if (hovered && mouse.x < origin.x + 20.0f) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  scroll_y_ = std::clamp(scroll_y_, 0.0f, std::max(0.0f, layout_.height() - lanes_h + 4.0f));

  if (reveal_pending_ && live_now >= 0 && axis == Axis::time) {
    // Following a live run on the real clock keeps "now" at the right edge, where waiting and
    // busy tasks' bars grow, showing at least the last 10 s (or the whole run when shorter).
    const double now_u = axes.extent(), span = map.u1 - map.u0;
    if (now_u > map.u1 - span * 0.03) {
      const double shown = std::max(span, std::min(10.0, now_u));
      map.u1 = now_u + shown * 0.03;
      map.u0 = map.u1 - shown;
    }
    reveal_pending_ = false;
  } else if (reveal_pending_) {
    double u = axes.cursor_pos(cursor), span = map.u1 - map.u0;
    if (u < map.u0 + span * 0.03) {
      map.u0 = u - span * 0.7;
      map.u1 = map.u0 + span;
    } else if (u > map.u1 - span * 0.03) {
      map.u0 = u - span * 0.3;
      map.u1 = map.u0 + span;
    }
    reveal_pending_ = false;
  }
  map.keep_within(-extent * 0.02, extent * 1.02);

  // Drawing.
  draw_ruler(dl, ImVec2(plot_x0, ruler0.y), ImVec2(map.x1, ruler1.y), map, axis);
  dl->PushClipRect(lanes0, lanes1, true);
  auto [first, last] = layout_.visible(scroll_y_, scroll_y_ + lanes_h);
  for (int r = first; r < last; ++r) {
    const LaneRow& row = layout_.rows()[static_cast<std::size_t>(r)];
    float y0 = lanes0.y + row.y - scroll_y_;
    bool sel = row.kind == LaneRow::Kind::Task && row.task == selected && selected != 0;
    dl->AddRectFilled(ImVec2(lanes0.x, y0), ImVec2(lanes1.x, y0 + row.h),
                      sel ? p.selection : (r % 2 ? p.lane_bg_alt : p.lane_bg));
  }
  // Vertical grid under the segments.
  {
    double step = nice_step(map.units_per_pixel() * 90.0);
    if (axis == Axis::steps) step = std::max(1.0, step);
    for (double u = std::ceil(map.u0 / step) * step; u <= map.u1; u += step) {
      float x = map.to_x(u);
      dl->AddLine(ImVec2(x, lanes0.y), ImVec2(x, lanes1.y), with_alpha(p.grid, 0.45f));
    }
  }
  dl->PushClipRect(ImVec2(plot_x0 - 1, lanes0.y), ImVec2(map.x1 + 1, lanes1.y), true);
  for (int r = first; r < last; ++r) {
    const LaneRow& row = layout_.rows()[static_cast<std::size_t>(r)];
    float y0 = lanes0.y + row.y - scroll_y_;
    if (row.kind == LaneRow::Kind::Counter)
      draw_counter(dl, row, y0, s, axes, map);
    else
      draw_lane(dl, row, y0, s, axes, map, selected);
  }
  // With no task selected, the arrows follow the task the cursor's event belongs to.
  trace::TaskId focus = selected ? selected : m->event(std::min(cursor, m->size() - 1)).task;
  draw_arrows(dl, s, axes, map, lanes0.y, focus, arrows_all);
  dl->PopClipRect();

  // Lane labels, over a solid column.
  dl->AddRectFilled(ImVec2(lanes0.x, lanes0.y), ImVec2(plot_x0 - 4, lanes1.y),
                    ImGui::GetColorU32(ImGuiCol_ChildBg));
  const trace::State& st = s.state_at(std::min(cursor, m->size() - 1));
  for (int r = first; r < last; ++r) {
    const LaneRow& row = layout_.rows()[static_cast<std::size_t>(r)];
    float y0 = lanes0.y + row.y - scroll_y_;
    float cy = y0 + row.h * 0.5f;
    // Collapse arrow.
    ImU32 arrow = p.grid_text;
    if (row.collapsed)
      dl->AddTriangleFilled(ImVec2(origin.x + 6, cy - 4), ImVec2(origin.x + 6, cy + 4),
                            ImVec2(origin.x + 12, cy), arrow);
    else
      dl->AddTriangleFilled(ImVec2(origin.x + 5, cy - 3), ImVec2(origin.x + 13, cy - 3),
                            ImVec2(origin.x + 9, cy + 3), arrow);
    if (row.collapsed && row.h < ImGui::GetTextLineHeight()) continue;
    std::string name;
    ImU32 col = p.lane_text;
    if (row.kind == LaneRow::Kind::Loop) {
      name = tr("loop.lane");
    } else if (row.kind == LaneRow::Kind::Task) {
      name = m->task_title(row.task);
      col = s.task_colour(row.task);
      // The end-to-end test clicks a lane's name to select its task.
      if (int slot = s.task_slot(row.task); slot >= 0 && slot < 8)
        note_rect(("lane_" + std::to_string(slot)).c_str(), origin.x + 20, y0,
                  plot_x0 - origin.x - 24, row.h);
      dl->AddCircleFilled(ImVec2(origin.x + 24, cy), 4.5f, col);
      const trace::TaskInfo* ti = st.task(row.task);
      if (ti && is_finished(ti->state)) col = with_alpha(col, 0.6f);
    } else {
      const auto& series = m->counters()[row.index];
      name = std::string(m->str(series.label));
      const trace::PrimitiveInfo* pi = st.primitive(series.id);
      if (pi && pi->last_op != kNone) name += "  = " + format_seconds(pi->state.value);
    }
    float tx = origin.x + (row.kind == LaneRow::Kind::Task ? 34.0f : 22.0f);
    dl->PushClipRect(ImVec2(tx, y0), ImVec2(plot_x0 - 8, y0 + row.h), true);
    dl->AddText(ImVec2(tx, cy - ImGui::GetTextLineHeight() * 0.5f), col, name.c_str());
    dl->PopClipRect();
  }
  dl->PopClipRect();

  // Playhead over everything.
  float px = map.to_x(axes.cursor_pos(std::min(cursor, m->size() - 1)));
  if (px >= map.x0 - 1 && px <= map.x1 + 1) {
    dl->AddLine(ImVec2(px, ruler0.y + 8), ImVec2(px, lanes1.y), p.playhead, 2.0f);
    dl->AddTriangleFilled(ImVec2(px - 6, ruler0.y + 4), ImVec2(px + 6, ruler0.y + 4),
                          ImVec2(px, ruler0.y + 12), p.playhead);
  }
  // Vertical scrollbar when lanes overflow.
  if (layout_.height() > lanes_h) {
    float frac = lanes_h / layout_.height();
    float bar_h = std::max(20.0f, lanes_h * frac);
    float top =
        lanes0.y + (lanes_h - bar_h) * (scroll_y_ / std::max(1.0f, layout_.height() - lanes_h));
    dl->AddRectFilled(ImVec2(lanes1.x - kScrollbarW, top), ImVec2(lanes1.x - 2, top + bar_h),
                      with_alpha(p.grid_text, 0.6f), 3.0f);
  }

  // Tooltip for what is under the mouse.
  if (hovered && !drag_moved_ && mouse.x >= plot_x0) {
    TimelineHit hit =
        hit_test(*m, layout_, axes, map, kMinPx, mouse.x, mouse.y - lanes0.y + scroll_y_);
    if (hit.row >= 0) draw_tooltip(s, axes, layout_.rows()[static_cast<std::size_t>(hit.row)], hit);
  }
  ImGui::EndChild();
  last_ms_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return req;
}

// ---- ruler ----

void Timeline::draw_ruler(ImDrawList* dl, ImVec2 a, ImVec2 b, const AxisMap& map, Axis axis) {
  const Palette& p = palette();
  dl->AddRectFilled(a, b, p.lane_bg_alt, 3.0f);
  double step = nice_step(map.units_per_pixel() * 90.0);
  if (axis == Axis::steps) step = std::max(1.0, step);
  double minor = step / 5.0;
  if (axis == Axis::steps) minor = std::max(1.0, minor);
  dl->PushClipRect(a, b, true);
  for (double u = std::ceil(map.u0 / minor) * minor; u <= map.u1; u += minor) {
    float x = map.to_x(u);
    dl->AddLine(ImVec2(x, b.y - 4), ImVec2(x, b.y), p.grid);
  }
  for (double u = std::ceil(map.u0 / step) * step; u <= map.u1; u += step) {
    float x = map.to_x(u);
    dl->AddLine(ImVec2(x, b.y - 9), ImVec2(x, b.y), p.grid_text);
    char buf[48];
    if (u < -step * 1e-6) continue;  // the view may start a little before 0
    if (axis == Axis::steps)
      std::snprintf(buf, sizeof buf, "%.0f", std::fabs(u) < 0.5 ? 0.0 : u);
    else
      std::snprintf(buf, sizeof buf, "%s s",
                    format_seconds(std::fabs(u) < step * 1e-6 ? 0.0 : u).c_str());
    dl->AddText(ImVec2(x + 3, a.y + 2), p.grid_text, buf);
  }
  dl->PopClipRect();
}

// ---- lanes ----

void Timeline::draw_lane(ImDrawList* dl, const LaneRow& row, float y0, Session& s,
                         const TimelineAxes& axes, const AxisMap& map, trace::TaskId selected) {
  const trace::TraceModel& m = *s.model();
  const Palette& p = palette();
  const Lane& lane = m.lanes()[row.index];
  const bool loop = row.kind == LaneRow::Kind::Loop;
  const float pad = row.collapsed ? 2.0f : 4.0f;
  const float top = y0 + pad, bot = y0 + row.h - pad;
  const float small = ImGui::GetFontSize() * 0.86f;
  const float text_y = (top + bot) * 0.5f - small * 0.5f;
  const ImU32 tc = loop ? p.accent : s.task_colour(lane.task);
  const ImU32 ink =
      current_theme() == Theme::dark ? IM_COL32(18, 20, 24, 255) : IM_COL32(255, 255, 255, 255);
  (void)selected;

  fold_segments(lane, axes, map, kMinPx, marks_);
  for (const DrawSeg& d : marks_) {
    float a = std::max(d.x0, map.x0 - 2.0f), b = std::min(d.x1, map.x1 + 2.0f);
    if (b < a) continue;
    b = std::max(b, a + 1.0f);
    if (d.count > 1 && d.mixed) {
      dl->AddRectFilled(ImVec2(a, top + 2), ImVec2(b, bot - 2), with_alpha(p.fold_mark, 0.6f),
                        2.0f);
      if (!row.collapsed) label_in(dl, a, b, text_y, ink, "×" + std::to_string(d.count), small);
      continue;
    }
    const Segment& seg = lane.segments[d.first];
    bool single = d.count == 1;
    switch (d.state) {
      case LaneState::Running:
        dl->AddRectFilled(ImVec2(a, top), ImVec2(b, bot), tc, 2.0f);
        break;
      case LaneState::Ready:
        dl->AddRectFilled(ImVec2(a, top), ImVec2(b, bot), with_alpha(tc, 0.28f), 2.0f);
        dl->AddRect(ImVec2(a, top), ImVec2(b, bot), with_alpha(tc, 0.9f), 2.0f);
        break;
      case LaneState::Waiting: {
        float h = (bot - top) * 0.22f;
        dl->AddRectFilled(ImVec2(a, top + h), ImVec2(b, bot - h), p.waiting, 2.0f);
        if (single && !row.collapsed) {
          std::string text(m.str(seg.label));
          if (seg.line) text += "  L" + std::to_string(seg.line);
          label_in(dl, a, b, text_y, p.waiting_text, text, small);
        }
        break;
      }
      case LaneState::NotStarted: {
        float cy = (top + bot) * 0.5f;
        for (float x = a; x < b; x += 6.0f)
          dl->AddLine(ImVec2(x, cy), ImVec2(std::min(b, x + 3.0f), cy), with_alpha(tc, 0.6f), 1.5f);
        break;
      }
      case LaneState::LoopTask: {
        // asyncio.run's shutdown tasks have no lane, so no colour of their own.
        ImU32 c = single && !m.is_internal(seg.id) ? s.task_colour(seg.id) : p.fold_mark;
        dl->AddRectFilled(ImVec2(a, top), ImVec2(b, bot), with_alpha(c, 0.9f), 2.0f);
        if (single && !row.collapsed) label_in(dl, a, b, text_y, ink, m.task_name(seg.id), small);
        break;
      }
      case LaneState::LoopCallback:
        dl->AddRectFilled(ImVec2(a, top), ImVec2(b, bot), with_alpha(p.accent, 0.45f), 2.0f);
        if (single && !row.collapsed)
          label_in(dl, a, b, text_y, p.lane_text, std::string(m.str(seg.label)), small);
        break;
      case LaneState::LoopIdle:
        dl->AddRectFilled(ImVec2(a, top), ImVec2(b, bot), p.idle, 2.0f);
        hatch(dl, ImVec2(a, top), ImVec2(b, bot), with_alpha(p.grid_text, 0.35f));
        if (single && !row.collapsed)
          label_in(dl, a, b, text_y, p.grid_text, tr("loop.idle_short"), small);
        break;
      case LaneState::LoopScheduling:
        dl->AddRectFilled(ImVec2(a, top + 3), ImVec2(b, bot - 3), with_alpha(p.idle, 0.6f), 2.0f);
        break;
    }
    // Await point: where a running step suspended.
    if (single && d.state == LaneState::Running && d.first + 1 < lane.segments.size() &&
        lane.segments[d.first + 1].state == LaneState::Waiting && !row.collapsed) {
      float x = std::min(d.x1, map.x1);
      dl->AddTriangleFilled(ImVec2(x - 4, top - 1), ImVec2(x + 4, top - 1), ImVec2(x, top + 5),
                            p.await_marker);
    }
  }
  if (loop) {
    // Clock jumps: the virtual clock skipped ahead because nothing was ready.
    const auto& jumps = s.clock_jumps();
    auto lo = std::lower_bound(jumps.begin(), jumps.end(), axes.event_at(map.u0));
    float last_label = -1e9f, last_x = -1e9f;
    for (auto it = lo; it != jumps.end(); ++it) {
      float x = map.to_x(axes.cursor_pos(*it));
      if (x > map.x1 + 2) break;
      // Jumps closer than the fold width share one tick, like folded segments.
      if (x - last_x < 2 * kMinPx) continue;
      last_x = x;
      dl->AddLine(ImVec2(x, top - 2), ImVec2(x, bot + 2), with_alpha(p.warning, 0.8f), 1.5f);
      if (!row.collapsed && axes.axis() == Axis::steps && x - last_label > 70.0f) {
        const trace::Event& e = m.event(*it);
        std::string t = "→" + format_seconds(e.vtime) + "s";
        dl->AddText(ImGui::GetFont(), small, ImVec2(x + 3, text_y), p.warning, t.c_str());
        last_label = x;
      }
    }
  }
  // Problems (deadlock, blocked loop, ...) as badges where they happened.
  for (uint32_t di : m.diagnostics()) {
    const trace::Event& e = m.event(di);
    if (e.task != lane.task) continue;
    float x = map.to_x(axes.cursor_pos(di));
    if (x < map.x0 - 8 || x > map.x1 + 8) continue;
    float cy = (top + bot) * 0.5f, r = std::min(8.0f, (bot - top) * 0.55f);
    dl->AddTriangleFilled(ImVec2(x, cy - r), ImVec2(x - r, cy + r * 0.8f),
                          ImVec2(x + r, cy + r * 0.8f), p.warning);
    dl->AddLine(ImVec2(x, cy - r * 0.4f), ImVec2(x, cy + r * 0.25f), ink, 1.6f);
    dl->AddCircleFilled(ImVec2(x, cy + r * 0.55f), 1.1f, ink);
  }
  if (!loop && lane.end.index != kNone) {
    float x = map.to_x(axes.seg_end(lane.segments.back()));
    if (x >= map.x0 - 8 && x <= map.x1 + 8)
      end_marker(dl, ImVec2(x + 7.0f, (top + bot) * 0.5f), std::min(7.0f, (bot - top) * 0.5f),
                 lane.end.state);
  }
}

// ---- counters ----

void Timeline::draw_counter(ImDrawList* dl, const LaneRow& row, float y0, Session& s,
                            const TimelineAxes& axes, const AxisMap& map) {
  const trace::TraceModel& m = *s.model();
  const Palette& p = palette();
  const auto& series = m.counters()[row.index];
  if (series.points.empty()) return;
  float top = y0 + 4, bot = y0 + row.h - 3;
  counter_columns(series, axes, map, columns_);
  double vmax = 1;
  for (const CounterColumn& c : columns_) vmax = std::max(vmax, c.hi);
  auto y_of = [&](double v) { return bot - static_cast<float>(v / vmax) * (bot - top); };
  for (const CounterColumn& c : columns_) {
    float a = std::max(c.x0, map.x0), b = std::min(std::max(c.x1, c.x0 + 1), map.x1);
    if (b < a) continue;
    dl->AddRectFilled(ImVec2(a, y_of(c.last)), ImVec2(b, bot), p.counter_fill);
    if (c.hi != c.lo) dl->AddLine(ImVec2(a, y_of(c.hi)), ImVec2(a, y_of(c.lo)), p.counter_line);
    dl->AddLine(ImVec2(a, y_of(c.last)), ImVec2(b, y_of(c.last)), p.counter_line, 1.5f);
  }
  if (!row.collapsed) {
    std::string scale = format_seconds(vmax);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.8f, ImVec2(map.x0 + 2, top - 2),
                p.grid_text, scale.c_str());
  }
}

// ---- arrows ----

float Timeline::row_mid(trace::TaskId task, float lanes_y0) const {
  auto it = row_of_task_.find(task);
  if (it == row_of_task_.end()) return -1;
  const LaneRow& r = layout_.rows()[static_cast<std::size_t>(it->second)];
  return lanes_y0 + r.y - scroll_y_ + r.h * 0.5f;
}

void Timeline::draw_arrows(ImDrawList* dl, Session& s, const TimelineAxes& axes, const AxisMap& map,
                           float lanes_y0, trace::TaskId selected, bool all) {
  const trace::TraceModel& m = *s.model();
  const Palette& p = palette();
  uint32_t i0 = axes.event_at(map.u0), i1 = axes.event_at(map.u1);
  uint32_t back = i1 - i0;
  auto edges = m.wake_edges_from(i0 > back ? i0 - back : 0, i1);
  auto shown = [&](const trace::WakeEdge& e) {
    if (e.to_index == kNone) return false;
    return all || (selected != 0 && (e.to_task == selected || e.from_lane == selected));
  };
  // More arrows than fit side by side are a tangle, not information: ask to zoom in instead.
  std::size_t count = 0;
  float width = map.x1 - map.x0;
  for (const trace::WakeEdge& e : edges)
    if (shown(e) &&
        ++count > std::min<std::size_t>(kMaxArrows, static_cast<std::size_t>(width / 6.0f))) {
      const char* note = tr("timeline.zoom_for_arrows");
      ImVec2 ts = ImGui::CalcTextSize(note);
      ImVec2 at(map.x1 - ts.x - 8, lanes_y0 + 4);
      dl->AddRectFilled(ImVec2(at.x - 6, at.y - 2), ImVec2(map.x1, at.y + ts.y + 2),
                        with_alpha(p.lane_bg, 0.9f), 4.0f);
      dl->AddText(at, p.wake_arrow, note);
      return;
    }
  for (const trace::WakeEdge& e : edges) {
    if (!shown(e)) continue;
    bool mine = e.to_task == selected || e.from_lane == selected;
    float y_from = row_mid(e.from_lane, lanes_y0), y_to = row_mid(e.to_task, lanes_y0);
    if (y_from < 0 || y_to < 0) continue;
    ImVec2 a(map.to_x(axes.cursor_pos(e.from_index)), y_from);
    ImVec2 b(map.to_x(axes.index_pos(e.to_index)), y_to);
    if (std::max(a.x, b.x) < map.x0 || std::min(a.x, b.x) > map.x1) continue;
    ImU32 col = mine && selected ? p.wake_arrow : with_alpha(p.wake_arrow, 0.55f);
    float dx = std::max(12.0f, (b.x - a.x) * 0.5f);
    dl->AddBezierCubic(a, ImVec2(a.x + dx, a.y), ImVec2(b.x - dx, b.y), b, col, 1.6f);
    dl->AddTriangleFilled(ImVec2(b.x - 7, b.y - 4), ImVec2(b.x - 7, b.y + 4), b, col);
    dl->AddCircleFilled(a, 2.5f, col);
  }
}

// ---- tooltips ----

void Timeline::draw_tooltip(Session& s, const TimelineAxes& axes, const LaneRow& row,
                            const TimelineHit& hit) {
  const trace::TraceModel& m = *s.model();
  if (row.kind == LaneRow::Kind::Counter || hit.segment == kNone) return;
  const Lane& lane = m.lanes()[row.index];
  ImGui::BeginTooltip();
  bool loop = row.kind == LaneRow::Kind::Loop;
  ImU32 col = loop ? palette().lane_text : s.task_colour(lane.task);
  ImGui::PushStyleColor(ImGuiCol_Text, col);
  ImGui::TextUnformatted(loop ? tr("loop.lane") : m.task_title(lane.task).c_str());
  ImGui::PopStyleColor();
  if (hit.count > 1) {
    ImGui::TextUnformatted(trf("timeline.folded", {std::to_string(hit.count)}).c_str());
    ImGui::EndTooltip();
    return;
  }
  const Segment& seg = lane.segments[hit.segment];
  std::string what = lane_state_text(seg.state);
  if (seg.state == LaneState::Waiting) what += ": " + std::string(m.str(seg.label));
  if (seg.state == LaneState::LoopTask) what += ": " + m.task_title(seg.id);
  if (seg.state == LaneState::LoopCallback) what += ": " + std::string(m.str(seg.label));
  ImGui::TextUnformatted(what.c_str());
  if (seg.state == LaneState::Ready && seg.waker != trace::WakerKind::None) {
    std::string by = waker_text(m, seg.waker, seg.id);
    std::string via(m.str(seg.label));
    ImGui::TextUnformatted(
        (via.empty() ? trf("timeline.woken_by", {by}) : trf("timeline.woken_by_via", {by, via}))
            .c_str());
  }
  uint32_t end = seg.end == kNone ? m.size() - 1 : seg.end;
  ImGui::TextDisabled(
      "%s", trf("timeline.events", {std::to_string(seg.start), std::to_string(end)}).c_str());
  ImGui::TextDisabled("%s", trf("timeline.times", {format_seconds(m.start_time(seg)),
                                                   format_seconds(m.end_time(seg))})
                                .c_str());
  if (seg.line && (seg.state == LaneState::Waiting || seg.state == LaneState::Running))
    ImGui::TextDisabled("%s", trf("timeline.line", {std::to_string(seg.line)}).c_str());
  (void)axes;
  ImGui::EndTooltip();
}

}  // namespace al::gui
