// Sections: axis map · axes · folding · counters · lane layout · hit testing.
#include "app/gui/timeline_model.h"

#include <algorithm>
#include <cmath>

namespace al::gui {

using trace::kNone;
using trace::Lane;
using trace::LaneState;
using trace::Segment;

// ---- axis map ----

void AxisMap::zoom_around(float x, double factor, double min_span, double max_span) {
  double anchor = to_u(x);
  double span = std::clamp((u1 - u0) / factor, min_span, max_span);
  double frac = (anchor - u0) / (u1 - u0);
  u0 = anchor - frac * span;
  u1 = u0 + span;
}

void AxisMap::pan_pixels(float dx) {
  double du = static_cast<double>(dx) * units_per_pixel();
  u0 -= du;
  u1 -= du;
}

void AxisMap::keep_within(double lo, double hi) {
  double span = u1 - u0;
  if (span >= hi - lo) {
    // Wider than everything: keep the zoom, show the content from its start.
    if (u0 > lo || u1 < hi) {
      u0 = std::min(u0, lo);
      u1 = u0 + span;
    }
    return;
  }
  if (u0 < lo) {
    u0 = lo;
    u1 = lo + span;
  } else if (u1 > hi) {
    u1 = hi;
    u0 = hi - span;
  }
}

// ---- axes ----

double TimelineAxes::seg_start(const Segment& s) const {
  return axis_ == Axis::steps ? static_cast<double>(s.start) : m_.start_time(s);
}

double TimelineAxes::seg_end(const Segment& s) const {
  if (axis_ == Axis::time) {
    return s.end == kNone ? std::max(m_.end_time(s), live_end_) : m_.end_time(s);
  }
  return static_cast<double>(s.end == kNone ? m_.size() : s.end);
}

double TimelineAxes::index_pos(uint32_t i) const {
  if (axis_ == Axis::steps) return static_cast<double>(i);
  return i < m_.size() ? m_.time_at(i) : extent();
}

double TimelineAxes::cursor_pos(uint32_t i) const {
  return axis_ == Axis::steps ? static_cast<double>(i) + 0.5 : index_pos(i);
}

uint32_t TimelineAxes::event_at(double u) const {
  uint32_t n = m_.size();
  if (n == 0) return 0;
  if (axis_ == Axis::steps) {
    double f = std::floor(u);
    return f < 0 ? 0 : f >= n ? n - 1 : static_cast<uint32_t>(f);
  }
  // The last event at or before time u: what the loop's state was at that moment.
  uint32_t after = m_.index_at_time(std::nextafter(u, INFINITY));
  return after == 0 ? 0 : after - 1;
}

double TimelineAxes::extent() const {
  uint32_t n = m_.size();
  if (axis_ == Axis::steps) return static_cast<double>(n);
  return std::max(n == 0 ? 0.0 : m_.time_at(n - 1), live_end_);
}

std::span<const Segment> TimelineAxes::visible(const Lane& lane, double u0, double u1) const {
  if (axis_ == Axis::time) {
    // Open segments end at the live end, past the trace's last event time.
    const uint32_t n = m_.size();
    const double last = n == 0 ? 0.0 : m_.time_at(n - 1);
    return m_.segments_between(lane, live_end_ > last ? std::min(u0, last) : u0, u1);
  }
  auto clamp_index = [](double u) {
    return u <= 0 ? 0u : u >= 4e9 ? kNone - 1 : static_cast<uint32_t>(u);
  };
  return m_.segments_in(lane, clamp_index(std::floor(u0)), clamp_index(std::ceil(u1)));
}

// ---- folding ----

void fold_segments(const Lane& lane, const TimelineAxes& axes, const AxisMap& map, float min_px,
                   std::vector<DrawSeg>& out) {
  out.clear();
  std::span<const Segment> vis = axes.visible(lane, map.u0, map.u1);
  const std::size_t n = vis.size();
  const uint32_t base = static_cast<uint32_t>(vis.data() - lane.segments.data());
  auto x0 = [&](std::size_t k) { return map.to_x(axes.seg_start(vis[k])); };
  auto x1 = [&](std::size_t k) { return map.to_x(axes.seg_end(vis[k])); };
  auto narrow = [&](std::size_t k) { return x1(k) - x0(k) < min_px; };

  std::size_t i = 0;
  while (i < n) {
    if (!narrow(i)) {
      out.push_back(DrawSeg{x0(i), x1(i), base + static_cast<uint32_t>(i), 1, vis[i].state, false});
      ++i;
      continue;
    }
    // A run of narrow segments: jump a window of min_px at a time by binary search.
    std::size_t j = i;
    float window_end = x0(i) + min_px;
    for (;;) {
      auto first_after = std::partition_point(
          vis.begin() + static_cast<std::ptrdiff_t>(j) + 1, vis.end(),
          [&](const Segment& s) { return map.to_x(axes.seg_start(s)) < window_end; });
      std::size_t k = static_cast<std::size_t>(first_after - vis.begin());
      if (k - 1 > j && !narrow(k - 1)) {
        j = k - 2;  // the window's last segment is wide: it is drawn on its own
        break;
      }
      j = k - 1;
      if (k >= n || !narrow(k)) break;
      window_end = std::max(window_end, x0(k)) + min_px;
    }
    DrawSeg d{x0(i),
              std::max(x1(j), x0(i) + 1.0f),
              base + static_cast<uint32_t>(i),
              static_cast<uint32_t>(j - i + 1),
              vis[i].state,
              false};
    // Small runs are checked for a common state; big ones are simply "many".
    if (d.count > 64) {
      d.mixed = true;
    } else {
      for (std::size_t k = i + 1; k <= j && !d.mixed; ++k) d.mixed = vis[k].state != vis[i].state;
    }
    out.push_back(d);
    i = j + 1;
  }
}

// ---- counters ----

void counter_columns(const trace::CounterSeries& series, const TimelineAxes& axes,
                     const AxisMap& map, std::vector<CounterColumn>& out) {
  out.clear();
  const auto& pts = series.points;
  if (pts.empty()) return;
  auto pos = [&](const trace::CounterPoint& p) { return axes.index_pos(p.index); };
  // The point in force at u0 (the last one before it), then every point up to u1.
  auto first = std::partition_point(pts.begin(), pts.end(),
                                    [&](const trace::CounterPoint& p) { return pos(p) < map.u0; });
  if (first != pts.begin()) --first;
  auto last = std::partition_point(first, pts.end(),
                                   [&](const trace::CounterPoint& p) { return pos(p) <= map.u1; });
  std::size_t count = static_cast<std::size_t>(last - first);
  float width = map.x1 - map.x0;
  double end_u = std::max(axes.extent(), pos(pts.back()));
  if (static_cast<float>(count) <= width * 0.5f) {
    for (auto it = first; it != last; ++it) {
      double u_next = std::next(it) != pts.end() ? pos(*std::next(it)) : end_u;
      out.push_back(
          CounterColumn{map.to_x(pos(*it)), map.to_x(u_next), it->value, it->value, it->value});
    }
    return;
  }
  // More points than half the pixels: one column per pixel with the range inside it.
  auto it = first;
  double carried = it->value;
  for (float px = map.x0; px < map.x1 && it != last; px += 1.0f) {
    double u_end = map.to_u(px + 1.0f);
    CounterColumn c{px, px + 1.0f, carried, carried, carried};
    while (it != last && pos(*it) < u_end) {
      c.lo = std::min(c.lo, it->value);
      c.hi = std::max(c.hi, it->value);
      c.last = it->value;
      ++it;
    }
    carried = c.last;
    out.push_back(c);
  }
}

// ---- lane layout ----

uint64_t LaneLayout::row_key(LaneRow::Kind kind, uint32_t id) {
  return (static_cast<uint64_t>(kind) << 32) | id;
}

void LaneLayout::build(const trace::TraceModel& model,
                       const std::unordered_set<uint64_t>& collapsed, const LaneHeights& h) {
  rows_.clear();
  float y = 0;
  auto add = [&](LaneRow::Kind kind, uint32_t index, trace::TaskId task, uint32_t key_id,
                 float height) {
    bool c = collapsed.count(row_key(kind, key_id)) > 0;
    LaneRow r{kind, index, task, y, c ? h.collapsed : height, c};
    rows_.push_back(r);
    y += r.h + h.gap;
  };
  const auto& lanes = model.lanes();
  for (uint32_t i = 0; i < lanes.size(); ++i) {
    bool loop = lanes[i].task == 0;
    // asyncio.run's shutdown tasks are the loop's own work: learners never see them.
    if (!loop && model.is_internal(lanes[i].task)) continue;
    add(loop ? LaneRow::Kind::Loop : LaneRow::Kind::Task, i, lanes[i].task, lanes[i].task,
        loop ? h.loop : h.task);
  }
  const auto& counters = model.counters();
  for (uint32_t i = 0; i < counters.size(); ++i)
    if (counters[i].points.size() > 0 && (counters[i].type == trace::ObjKind::Queue ||
                                          counters[i].type == trace::ObjKind::Semaphore))
      add(LaneRow::Kind::Counter, i, 0, counters[i].id, h.counter);
  height_ = y;
}

int LaneLayout::row_at(float y) const {
  auto it = std::partition_point(rows_.begin(), rows_.end(),
                                 [&](const LaneRow& r) { return r.y + r.h <= y; });
  if (it == rows_.end() || y < it->y) return -1;
  return static_cast<int>(it - rows_.begin());
}

std::pair<int, int> LaneLayout::visible(float y0, float y1) const {
  auto lo = std::partition_point(rows_.begin(), rows_.end(),
                                 [&](const LaneRow& r) { return r.y + r.h < y0; });
  auto hi = std::partition_point(lo, rows_.end(), [&](const LaneRow& r) { return r.y <= y1; });
  return {static_cast<int>(lo - rows_.begin()), static_cast<int>(hi - rows_.begin())};
}

int LaneLayout::row_of_task(trace::TaskId task) const {
  for (std::size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].kind == LaneRow::Kind::Task && rows_[i].task == task) return static_cast<int>(i);
  return -1;
}

// ---- hit testing ----

TimelineHit hit_test(const trace::TraceModel& model, const LaneLayout& layout,
                     const TimelineAxes& axes, const AxisMap& map, float min_px, float x, float y) {
  TimelineHit hit;
  hit.row = layout.row_at(y);
  if (hit.row < 0) return hit;
  const LaneRow& row = layout.rows()[static_cast<std::size_t>(hit.row)];
  if (row.kind == LaneRow::Kind::Counter) return hit;
  std::vector<DrawSeg> marks;
  fold_segments(model.lanes()[row.index], axes, map, min_px, marks);
  // Marks are sorted by x; a thin mark is easier to hit with a pixel of slack on each side.
  auto it = std::partition_point(marks.begin(), marks.end(),
                                 [&](const DrawSeg& d) { return d.x1 + 1.0f < x; });
  if (it != marks.end() && it->x0 - 1.0f <= x) {
    hit.segment = it->first;
    hit.count = it->count;
    hit.x0 = it->x0;
    hit.x1 = it->x1;
  }
  return hit;
}

}  // namespace al::gui
