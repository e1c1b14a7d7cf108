// The Chrome trace's records computed the slow way, from a TraceModel's lanes, wake edges,
// counters and diagnostics (what the exporter wrote before it streamed over the recorder), as
// nlohmann::json objects: the reference the streaming exporter is compared with.
#pragma once

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/trace/trace_model.h"

namespace al::trace::test {

inline std::vector<nlohmann::json> chrome_reference_records(const TraceModel& model) {
  using nlohmann::json;
  uint32_t n = model.size();
  std::vector<int64_t> ts(n);
  for (uint32_t i = 0; i < n; ++i) {
    int64_t us = std::llround(model.time_at(i) * 1e6);
    ts[i] = i == 0
                ? us
                : ts[i - 1] + std::max<int64_t>(2, us - std::llround(model.time_at(i - 1) * 1e6));
  }
  auto tid = [](TaskId t) { return int64_t{t} + 1; };
  std::vector<json> out;
  out.push_back(
      {{"ph", "M"}, {"pid", 1}, {"name", "process_name"}, {"args", {{"name", "awaitlab"}}}});
  const auto& lanes = model.lanes();
  for (size_t k = 0; k < lanes.size(); ++k) {
    if (model.is_internal(lanes[k].task)) continue;
    std::string title = k == 0 ? "event loop" : model.task_title(lanes[k].task);
    out.push_back({{"ph", "M"},
                   {"pid", 1},
                   {"tid", tid(lanes[k].task)},
                   {"name", "thread_name"},
                   {"args", {{"name", title}}}});
    out.push_back({{"ph", "M"},
                   {"pid", 1},
                   {"tid", tid(lanes[k].task)},
                   {"name", "thread_sort_index"},
                   {"args", {{"sort_index", k}}}});
  }
  if (n == 0) return out;
  for (size_t k = 0; k < lanes.size(); ++k) {
    const Lane& lane = lanes[k];
    if (model.is_internal(lane.task)) continue;
    for (const Segment& s : lane.segments) {
      uint32_t last = s.end == kNone ? n - 1 : s.end;
      int64_t end_ts = s.end == kNone ? ts[n - 1] + 2 : ts[s.end];
      std::string label(model.str(s.label));
      std::string name;
      switch (s.state) {
        case LaneState::NotStarted:
          name = "created";
          break;
        case LaneState::Ready:
          name = "ready";
          break;
        case LaneState::Running:
          name = "running";
          break;
        case LaneState::Waiting:
          name = s.label == StrId::empty ? "waiting" : "waiting: " + label;
          break;
        case LaneState::LoopScheduling:
          name = "scheduling";
          break;
        case LaneState::LoopTask:
          name = model.task_title(s.id);
          break;
        case LaneState::LoopCallback:
          name = label.empty() ? "callback #" + std::to_string(s.id) : label;
          break;
        case LaneState::LoopIdle:
          name = "idle";
          break;
      }
      json args = {{"events", {s.start, last}},
                   {"state", std::string(al::trace::name(s.state))},
                   {"vtime", {model.time_at(s.start), model.time_at(last)}}};
      if (s.line) args["line"] = s.line;
      out.push_back({{"ph", "X"},
                     {"pid", 1},
                     {"tid", tid(lane.task)},
                     {"cat", k ? "task" : "loop"},
                     {"name", name},
                     {"ts", ts[s.start]},
                     {"dur", end_ts - ts[s.start]},
                     {"args", args}});
    }
    if (lane.end.index != kNone) {
      json args = {{"result", std::string(model.str(lane.end.text))}};
      if (lane.end.line) args["line"] = lane.end.line;
      out.push_back({{"ph", "i"},
                     {"pid", 1},
                     {"s", "t"},
                     {"tid", tid(lane.task)},
                     {"cat", "task"},
                     {"name", std::string(al::trace::name(lane.end.state))},
                     {"ts", ts[lane.end.index]},
                     {"args", args}});
    }
  }
  for (uint32_t index : model.diagnostics()) {
    Event e = model.event(index);
    json args = {{"message", std::string(model.str(e.text))}};
    if (e.line) args["line"] = e.line;
    out.push_back({{"ph", "i"},
                   {"pid", 1},
                   {"s", "t"},
                   {"tid", tid(model.is_internal(e.task) ? 0 : e.task)},
                   {"cat", "diagnostic"},
                   {"name", std::string(al::trace::name(e.diag()))},
                   {"ts", ts[index]},
                   {"args", args}});
  }
  std::map<std::string, int> label_uses;
  for (const CounterSeries& c : model.counters()) label_uses[std::string(model.str(c.label))]++;
  for (const CounterSeries& c : model.counters()) {
    if (c.type != ObjKind::Queue && c.type != ObjKind::Semaphore) continue;
    std::string label(model.str(c.label));
    if (label.empty() || label_uses[label] > 1) label += " #" + std::to_string(c.id);
    for (const CounterPoint& p : c.points) {
      out.push_back({{"ph", "C"},
                     {"pid", 1},
                     {"cat", "primitive"},
                     {"name", label},
                     {"ts", ts[p.index]},
                     {"args", {{c.type == ObjKind::Queue ? "size" : "value", p.value}}}});
    }
  }
  int64_t flow = 0;
  for (const WakeEdge& edge : model.wake_edges()) {
    if (edge.to_index == kNone) continue;
    if (model.is_internal(edge.to_task) || model.is_internal(edge.from_lane)) continue;
    ++flow;
    out.push_back({{"ph", "s"},
                   {"pid", 1},
                   {"tid", tid(edge.from_lane)},
                   {"cat", "wakeup"},
                   {"name", "wakeup"},
                   {"id", flow},
                   {"ts", ts[edge.from_index] + 1}});
    out.push_back({{"ph", "f"},
                   {"bp", "e"},
                   {"pid", 1},
                   {"tid", tid(edge.to_task)},
                   {"cat", "wakeup"},
                   {"name", "wakeup"},
                   {"id", flow},
                   {"ts", ts[edge.to_index] + 1}});
  }
  return out;
}

}  // namespace al::trace::test
