#include "engine/trace/text_timeline.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "engine/trace/event_text.h"
#include "engine/trace/trace_model.h"

namespace al::trace {

namespace {

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The first `n` code points of s.
std::string_view head(std::string_view s, size_t n) {
  size_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && seen++ == n) return s.substr(0, i);
  }
  return s;
}

std::string fit(std::string_view s, size_t width) {
  if (code_points(s) <= width) return std::string(s);
  if (width == 0) return {};
  return std::string(head(s, width - 1)) + "…";
}

std::string pad(std::string_view s, size_t width) {
  std::string out = fit(s, width);
  out.append(width - code_points(out), ' ');
  return out;
}

std::string short_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// A column: the events [first, last] it covers (first > last: none, the state is carried over
// from event first - 1).
struct Column {
  uint32_t first;
  uint32_t last;
};

const char* cell(const TraceModel& model, const Lane& lane, const Column& col,
                 const Column* previous) {
  bool has_events = col.first <= col.last;
  if (has_events) {
    for (const Segment& s : model.segments_in(lane, col.first, col.last)) {
      if (s.state == LaneState::Running) return "█";
    }
  }
  uint32_t probe = has_events ? col.last : col.first - 1;
  if (const Segment* s = model.segment_at(lane, probe)) {
    switch (s->state) {
      case LaneState::Running:
        return "█";  // a step that spans empty columns (time.sleep)
      case LaneState::Waiting:
        return "·";
      default:
        return "░";
    }
  }
  if (lane.end.index != kNone && lane.end.index <= probe) {
    // The end mark goes in the column right after the one where the task ended.
    if (previous == nullptr || previous->first > lane.end.index ||
        lane.end.index > previous->last) {
      return " ";
    }
    switch (lane.end.state) {
      case TaskState::Done:
        return "✓";
      case TaskState::Failed:
        return "✗";
      default:
        return "⊘";
    }
  }
  return " ";
}

std::string status(const TraceModel& model, const Lane& lane) {
  if (lane.end.index != kNone) {
    std::string text(model.str(lane.end.text));
    switch (lane.end.state) {
      case TaskState::Done:
        return text.empty() ? "done" : "done, result " + text;
      case TaskState::Failed:
        return "failed: " + text;
      default:
        return text.empty() ? "cancelled" : "cancelled: " + text;
    }
  }
  if (lane.segments.empty()) return "";
  const Segment& s = lane.segments.back();
  switch (s.state) {
    case LaneState::Waiting: {
      std::string out = "waiting: " + std::string(model.str(s.label));
      if (s.line) out += " (line " + std::to_string(s.line) + ")";
      return out;
    }
    default:
      return std::string(name(s.state));
  }
}

}  // namespace

std::string render_text_timeline(const TraceModel& model, const TextTimelineOptions& options) {
  uint32_t n = model.size();
  const auto& steps = model.step_begins();
  std::vector<Column> columns;
  std::vector<std::string> ruler_labels;  // per column: its first step or start time
  std::string header;
  uint32_t max_cols = std::max<uint32_t>(options.columns, 1);
  std::string span = n == 0
                         ? std::string("0.000–0.000")
                         : format_time(model.time_at(0)) + "–" + format_time(model.time_at(n - 1));

  if (options.axis == TimelineAxis::Steps) {
    auto count = static_cast<uint32_t>(steps.size());
    uint32_t per = count == 0 ? 1 : (count + max_cols - 1) / max_cols;
    for (uint32_t a = 0; a < count; a += per) {
      uint32_t b = std::min(a + per, count);
      uint32_t last = b < count ? steps[b] - 1 : n - 1;
      columns.push_back({steps[a], last});
      ruler_labels.push_back(std::to_string(a + 1));
    }
    header = count == 0
                 ? std::string("no steps")
                 : "steps 1–" + std::to_string(count) + " (1 column = " + std::to_string(per) +
                       (per == 1 ? " step" : " steps") + ")";
    header += ", virtual time " + span;
  } else {
    double t0 = n ? model.time_at(0) : 0;
    double t1 = n ? model.time_at(n - 1) : 0;
    uint32_t count = t1 > t0 ? max_cols : 1;
    double w = t1 > t0 ? (t1 - t0) / count : 0;
    for (uint32_t b = 0; b < count && n > 0; ++b) {
      double start = t0 + b * w;
      uint32_t first = b == 0 ? 0 : model.index_at_time(start);
      uint32_t end = b + 1 == count ? n : model.index_at_time(t0 + (b + 1) * w);
      // An empty column (first >= end) has last = first - 1; column 0 always holds event 0.
      columns.push_back({first, std::max(end, first) - 1});
      ruler_labels.push_back(short_number(start));
    }
    header = t1 > t0 ? "virtual time " + span + " (1 column = " + short_number(w) + " s)"
                     : "virtual time " + format_time(t0) + " (no virtual time passes)";
    header += ", " + std::to_string(steps.size()) + " steps";
  }

  // Name column.
  std::vector<const Lane*> rows;
  size_t name_width = 0;
  for (size_t i = 1; i < model.lanes().size(); ++i) {
    if (model.is_internal(model.lanes()[i].task)) continue;
    rows.push_back(&model.lanes()[i]);
    name_width = std::max(name_width, code_points(model.task_title(model.lanes()[i].task)));
  }
  name_width = std::min<size_t>(name_width, options.name_width);

  std::string out = fit(header, options.width) + "\n";

  // Ruler: a label every 10 columns, where it fits.
  std::string ruler(name_width + 1, ' ');
  size_t used = 0;  // grid positions written so far
  for (size_t c = 0; c < columns.size(); c += 10) {
    if (c < used) continue;
    std::string label = ruler_labels[c];
    if (c + label.size() > columns.size() && c != 0) break;
    ruler.append(c - used, ' ');
    ruler += label;
    used = c + label.size();
  }
  while (!ruler.empty() && ruler.back() == ' ') ruler.pop_back();
  out += fit(ruler, options.width) + "\n";

  for (const Lane* lane : rows) {
    std::string row = pad(model.task_title(lane->task), name_width) + " ";
    for (size_t c = 0; c < columns.size(); ++c) {
      row += cell(model, *lane, columns[c], c ? &columns[c - 1] : nullptr);
    }
    std::string st = status(model, *lane);
    if (!st.empty()) row += " " + st;
    out += fit(row, options.width) + "\n";
  }
  if (options.legend) {
    out +=
        fit("legend: █ running  ░ ready  · waiting  ✓ done  ✗ failed  ⊘ cancelled", options.width) +
        "\n";
  }
  return out;
}

std::string render_event_list(const TraceModel& model, const EventListOptions& options) {
  uint32_t n = model.size();
  uint32_t first = std::min(options.first, n);
  uint32_t end =
      options.count == kNone ? n : std::min<uint64_t>(n, uint64_t{first} + options.count);
  if (first >= end) return {};
  size_t index_width = std::to_string(end - 1).size();
  size_t time_width = format_time(model.time_at(end - 1)).size();
  std::string out;
  for (uint32_t i = first; i < end; ++i) {
    const Event& e = model.event(i);
    std::string index = std::to_string(i);
    std::string time = format_time(e.vtime);
    std::string lane = e.task == 0 ? std::string("loop") : model.task_title(e.task);
    out += std::string(index_width - index.size(), ' ') + index + "  ";
    out += std::string(time_width - std::min(time_width, time.size()), ' ') + time + "  ";
    out += pad(lane, options.lane_width) + "  " + describe(model, i) + "\n";
  }
  return out;
}

}  // namespace al::trace
