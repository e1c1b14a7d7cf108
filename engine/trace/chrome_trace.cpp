#include "engine/trace/chrome_trace.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/trace/trace_model.h"

namespace al::trace {

namespace {

using nlohmann::json;

constexpr int64_t kSyntheticStep = 2;  // µs per event where virtual time stands still
constexpr int kPid = 1;

int64_t tid_of(TaskId task) {
  return int64_t{task} + 1;
}

// Writes the members of "traceEvents" one by one, so a million events never sit in one DOM.
class EventWriter {
 public:
  explicit EventWriter(std::ostream& out) : out_(out) {}
  void add(const json& event) {
    out_ << (first_ ? "\n" : ",\n") << event.dump(-1, ' ', false, json::error_handler_t::replace);
    first_ = false;
  }

 private:
  std::ostream& out_;
  bool first_ = true;
};

std::string slice_name(const TraceModel& model, const Segment& s) {
  std::string label(model.str(s.label));
  switch (s.state) {
    case LaneState::NotStarted:
      return "created";
    case LaneState::Ready:
      return "ready";
    case LaneState::Running:
      return "running";
    case LaneState::Waiting:
      return label.empty() ? "waiting" : "waiting: " + label;
    case LaneState::LoopScheduling:
      return "scheduling";
    case LaneState::LoopTask:
      return model.task_title(s.id);
    case LaneState::LoopCallback:
      return label.empty() ? "callback #" + std::to_string(s.id) : label;
    case LaneState::LoopIdle:
      return "idle";
  }
  return "?";
}

}  // namespace

std::vector<int64_t> chrome_timestamps(const TraceModel& model) {
  std::vector<int64_t> ts(model.size());
  int64_t previous_us = 0;
  for (uint32_t i = 0; i < model.size(); ++i) {
    int64_t us = std::llround(model.time_at(i) * 1e6);
    ts[i] = i == 0 ? us : ts[i - 1] + std::max(kSyntheticStep, us - previous_us);
    previous_us = us;
  }
  return ts;
}

void write_chrome_trace(const TraceModel& model, std::ostream& out) {
  std::vector<int64_t> ts = chrome_timestamps(model);
  uint32_t n = model.size();
  int64_t trace_end = n ? ts[n - 1] + kSyntheticStep : 0;
  auto end_ts = [&](uint32_t index) { return index == kNone ? trace_end : ts[index]; };

  out << "{\"traceEvents\":[";
  EventWriter w(out);
  w.add({{"ph", "M"}, {"name", "process_name"}, {"pid", kPid}, {"args", {{"name", "awaitlab"}}}});
  const auto& lanes = model.lanes();
  for (size_t k = 0; k < lanes.size(); ++k) {
    int64_t tid = tid_of(lanes[k].task);
    std::string title = k == 0 ? std::string("event loop") : model.task_title(lanes[k].task);
    w.add({{"ph", "M"},
           {"name", "thread_name"},
           {"pid", kPid},
           {"tid", tid},
           {"args", {{"name", title}}}});
    w.add({{"ph", "M"},
           {"name", "thread_sort_index"},
           {"pid", kPid},
           {"tid", tid},
           {"args", {{"sort_index", k}}}});
  }

  for (size_t k = 0; k < lanes.size(); ++k) {
    const Lane& lane = lanes[k];
    int64_t tid = tid_of(lane.task);
    for (const Segment& s : lane.segments) {
      json args = {{"state", name(s.state)},
                   {"events", {s.start, s.end == kNone ? n - 1 : s.end}},
                   {"vtime", {model.start_time(s), model.end_time(s)}}};
      if (s.line) args["line"] = s.line;
      w.add({{"ph", "X"},
             {"name", slice_name(model, s)},
             {"cat", k == 0 ? "loop" : "task"},
             {"pid", kPid},
             {"tid", tid},
             {"ts", ts[s.start]},
             {"dur", end_ts(s.end) - ts[s.start]},
             {"args", std::move(args)}});
    }
    if (lane.end.index != kNone) {
      json args = {{"result", model.str(lane.end.text)}};
      if (lane.end.line) args["line"] = lane.end.line;
      w.add({{"ph", "i"},
             {"s", "t"},
             {"name", name(lane.end.state)},
             {"cat", "task"},
             {"pid", kPid},
             {"tid", tid},
             {"ts", ts[lane.end.index]},
             {"args", std::move(args)}});
    }
  }

  for (uint32_t index : model.diagnostics()) {
    const Event& e = model.event(index);
    json args = {{"message", model.str(e.text)}};
    if (e.line) args["line"] = e.line;
    w.add({{"ph", "i"},
           {"s", "t"},
           {"name", name(e.diag())},
           {"cat", "diagnostic"},
           {"pid", kPid},
           {"tid", tid_of(e.task)},
           {"ts", ts[index]},
           {"args", std::move(args)}});
  }

  // Counter names must be unique per primitive: add the id where labels repeat.
  std::map<std::string, int> label_uses;
  for (const CounterSeries& c : model.counters()) label_uses[std::string(model.str(c.label))]++;
  for (const CounterSeries& c : model.counters()) {
    if (c.type != ObjKind::Queue && c.type != ObjKind::Semaphore) continue;
    std::string label(model.str(c.label));
    if (label.empty() || label_uses[label] > 1) label += " #" + std::to_string(c.id);
    const char* key = c.type == ObjKind::Queue ? "size" : "value";
    for (const CounterPoint& p : c.points) {
      w.add({{"ph", "C"},
             {"name", label},
             {"cat", "primitive"},
             {"pid", kPid},
             {"ts", ts[p.index]},
             {"args", {{key, p.value}}}});
    }
  }

  uint64_t flow_id = 0;
  for (const WakeEdge& edge : model.wake_edges()) {
    if (edge.to_index == kNone) continue;
    ++flow_id;
    w.add({{"ph", "s"},
           {"id", flow_id},
           {"cat", "wakeup"},
           {"name", "wakeup"},
           {"pid", kPid},
           {"tid", tid_of(edge.from_lane)},
           {"ts", ts[edge.from_index] + 1}});
    w.add({{"ph", "f"},
           {"bp", "e"},
           {"id", flow_id},
           {"cat", "wakeup"},
           {"name", "wakeup"},
           {"pid", kPid},
           {"tid", tid_of(edge.to_task)},
           {"ts", ts[edge.to_index] + 1}});
  }

  out << "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"awaitlab\",\"events\":" << n
      << "}}\n";
}

std::string chrome_trace_json(const TraceModel& model) {
  std::ostringstream out;
  write_chrome_trace(model, out);
  return out.str();
}

}  // namespace al::trace
