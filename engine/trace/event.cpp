#include "engine/trace/event.h"

#include <array>

namespace al::trace {

namespace {
template <class Enum, size_t N>
std::string_view lookup(const std::array<std::string_view, N>& names, Enum value) {
  static_assert(N == static_cast<size_t>(Enum::kCount));
  auto i = static_cast<size_t>(value);
  return i < N ? names[i] : std::string_view("?");
}
}  // namespace

std::string_view name(EventKind kind) {
  static constexpr std::array<std::string_view, 17> kNames = {
      "task_created",    "step_begin",        "step_end",     "ready",
      "timer_scheduled", "timer_cancelled",   "timer_fired",  "callback_scheduled",
      "callback_run",    "primitive_created", "primitive_op", "io_start",
      "io_done",         "console_output",    "diagnostic",   "clock_advance",
      "loop_idle"};
  return lookup(kNames, kind);
}

std::string_view name(ObjKind kind) {
  static constexpr std::array<std::string_view, 15> kNames = {
      "none",      "sleep",     "future",  "task",  "coroutine", "queue", "lock", "event",
      "semaphore", "condition", "barrier", "timer", "callback",  "io",    "other"};
  return lookup(kNames, kind);
}

std::string_view name(WakerKind kind) {
  static constexpr std::array<std::string_view, 7> kNames = {"none", "task",   "timer", "callback",
                                                             "io",   "thread", "signal"};
  return lookup(kNames, kind);
}

std::string_view name(StepOutcome outcome) {
  static constexpr std::array<std::string_view, 4> kNames = {"suspended", "finished", "failed",
                                                             "cancelled"};
  return lookup(kNames, outcome);
}

std::string_view name(Stream stream) {
  static constexpr std::array<std::string_view, 2> kNames = {"stdout", "stderr"};
  return lookup(kNames, stream);
}

std::string_view name(DiagKind kind) {
  static constexpr std::array<std::string_view, 7> kNames = {"deadlock",
                                                             "blocked_loop",
                                                             "never_awaited",
                                                             "exception_never_retrieved",
                                                             "task_destroyed_pending",
                                                             "uncaught_exception",
                                                             "schedule_choice"};
  return lookup(kNames, kind);
}

}  // namespace al::trace
