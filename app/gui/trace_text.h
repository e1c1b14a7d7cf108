// The window's words for trace things, in the UI language: task and lane states, wakers, and
// one sentence per event (the status line, tooltips). Labels that are code ("Queue.get q",
// "sleep(2.0)") stay as the program wrote them.
#pragma once

#include <cstdint>
#include <string>

#include "engine/trace/trace_model.h"

namespace al::gui {

const char* task_state_text(trace::TaskState s);
const char* lane_state_text(trace::LaneState s);
const char* diagnostic_text(trace::DiagKind k);
// "Task-1", "timer #3", "I/O #4", "the event loop".
std::string waker_text(const trace::TraceModel& model, trace::WakerKind kind, uint32_t id);
// "Task-2 suspends at line 12 awaiting Queue.get q".
std::string event_sentence(const trace::TraceModel& model, uint32_t index);
// Seconds as the timeline and inspector show them: "1.5", "0.001", "12".
std::string format_seconds(double t);

}  // namespace al::gui
