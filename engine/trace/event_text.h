// Human-readable text for trace events, shared by the text timeline, the CLI and the GUI
// (tooltips, the event list, "what happened at this step").
//
//   describe(model, i)  one sentence for event i, e.g.
//                       "Task-2 (consumer) suspends at line 12 awaiting Queue.get q"
//                       "Task-2 (consumer) is ready: woken by Task-1 (main) through Queue q"
//                       "Queue q.put by Task-1 (main) at line 8 → size 1/1 [1], getters [],
//                        putters []"
//   primitive_summary(model, type, state)   "locked by Task-1, waiters [Task-2, Task-3]"
//   waker_text(model, kind, id)             "Task-1 (main)", "timer #3", "I/O #4"
//   format_time(t)                          "%.3f": "2.000"
//   quoted(text)                            "\"hello\\n\"" (C-style escapes, UTF-8 kept)
//
// Output is deterministic: tests compare it exactly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/trace/event.h"
#include "engine/trace/primitive_state.h"

namespace al::trace {

class TraceModel;

std::string describe(const TraceModel& model, uint32_t index);
std::string primitive_summary(const TraceModel& model, ObjKind type, const PrimitiveState& state);
std::string waker_text(const TraceModel& model, WakerKind kind, uint32_t id);
std::string format_time(double t);
std::string quoted(std::string_view text);

}  // namespace al::trace
