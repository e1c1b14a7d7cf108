// Be-the-scheduler's chooser (see schedule.h): installed as the loop's g_loop_schedule_chooser.
#include "engine/asyncio/schedule.h"

#include <nlohmann/json.hpp>

#include "engine/asyncio/task.h"
#include "engine/loop/event_loop.h"
#include "engine/loop/loop_trace.h"
#include "engine/vm/run.h"

namespace al {

namespace {

struct ScheduleState {
  Schedule schedule;
  Undecided undecided = Undecided::Fifo;
  std::vector<ScheduleDecision> decisions;
  bool stopped = false;
};

ScheduleState g_state;

std::string step_task_name(Handle* h) {
  Object* self = h->self.get();
  return self && is_task(self) ? task_name(static_cast<Task*>(self)) : std::string();
}

uint32_t step_trace_task(Handle* h) {
  Object* self = h->self.get();
  return self && is_task(self) ? static_cast<Task*>(self)->trace_task : 0;
}

// "3 tasks were ready: Task-2, Task-3, Task-4; chosen Task-3 (asyncio would pick Task-2)".
std::string decision_text(const ScheduleDecision& d) {
  std::string s = std::to_string(d.ready.size()) + " tasks were ready:";
  for (size_t i = 0; i < d.ready.size(); ++i) s += (i ? ", " : " ") + d.ready[i];
  return s + "; chosen " + d.ready[d.chosen] + " (asyncio would pick " + d.ready[0] + ")";
}

size_t choose(EventLoop*, std::span<Handle* const> steps) {
  ScheduleDecision d;
  for (Handle* h : steps) d.ready.push_back(step_task_name(h));
  const size_t index = g_state.decisions.size();
  if (index < g_state.schedule.choices.size()) {
    // A name the run does not offer here (an edited program) falls back to asyncio's pick.
    for (size_t i = 0; i < d.ready.size(); ++i) {
      if (d.ready[i] == g_state.schedule.choices[index]) {
        d.chosen = i;
        break;
      }
    }
  } else if (g_state.undecided == Undecided::Stop) {
    g_state.decisions.push_back(std::move(d));
    g_state.stopped = true;
    // Nothing after the stop belongs to the run the learner sees.
    if (g_tracer) g_tracer->set_enabled(false);
    throw RunAbort{kExitScheduleStop};
  }
  if (trace::Recorder* rec = active_tracer()) {
    rec->diagnostic(trace::DiagKind::ScheduleChoice, decision_text(d),
                    step_trace_task(steps[d.chosen]));
  }
  const size_t chosen = d.chosen;
  g_state.decisions.push_back(std::move(d));
  return chosen;
}

}  // namespace

void schedule_begin(const Schedule& schedule, Undecided undecided) {
  g_state = ScheduleState{schedule, undecided, {}, false};
  g_loop_schedule_chooser = choose;
}

void schedule_end() {
  g_loop_schedule_chooser = nullptr;
}

const std::vector<ScheduleDecision>& schedule_decisions() {
  return g_state.decisions;
}
bool schedule_stopped() {
  return g_state.stopped;
}

Schedule schedule_of(const std::vector<ScheduleDecision>& decisions) {
  Schedule s;
  for (const ScheduleDecision& d : decisions) s.choices.push_back(d.ready[d.chosen]);
  return s;
}

std::string schedule_to_json(const Schedule& s) {
  return nlohmann::json{{"schedule", s.choices}}.dump();
}

bool schedule_from_json(const std::string& text, Schedule& out) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object() || !j.contains("schedule") || !j["schedule"].is_array()) return false;
  Schedule s;
  for (const nlohmann::json& name : j["schedule"]) {
    if (!name.is_string()) return false;
    s.choices.push_back(name.get<std::string>());
  }
  out = std::move(s);
  return true;
}

}  // namespace al
