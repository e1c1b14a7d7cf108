#include "engine/trace/event_text.h"

#include <cstdio>

#include "engine/trace/trace_model.h"

namespace al::trace {

std::string format_time(double t) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", t);
  return buf;
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string waker_text(const TraceModel& model, WakerKind kind, uint32_t id) {
  switch (kind) {
    case WakerKind::None:
      return "the loop";
    case WakerKind::Task:
      return model.task_title(id);
    case WakerKind::Timer:
      return "timer #" + std::to_string(id);
    case WakerKind::Callback:
      return "callback #" + std::to_string(id);
    case WakerKind::Io:
      return "I/O #" + std::to_string(id);
    case WakerKind::Thread:
      return "worker job #" + std::to_string(id);
    case WakerKind::Signal:
      return "signal " + std::to_string(id);
    case WakerKind::kCount:
      break;
  }
  return "?";
}

namespace {

std::string task_list(const TraceModel& model, const std::vector<TaskId>& tasks, uint32_t total) {
  std::string out = "[";
  for (size_t i = 0; i < tasks.size(); ++i) {
    if (i) out += ", ";
    out += model.task_name(tasks[i]);
  }
  if (total > tasks.size()) out += ", … " + std::to_string(total - tasks.size()) + " more";
  return out + "]";
}

std::string item_list(const TraceModel& model, const PrimitiveState& s) {
  std::string out = "[";
  for (size_t i = 0; i < s.items.size(); ++i) {
    if (i) out += ", ";
    out += model.str(s.items[i]);
  }
  if (s.items_total > s.items.size()) {
    out += ", … " + std::to_string(s.items_total - s.items.size()) + " more";
  }
  return out + "]";
}

std::string number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// " at line 12", or nothing when the line is unknown.
std::string at_line(uint32_t line) {
  return line == 0 ? std::string() : " at line " + std::to_string(line);
}

std::string actor(const TraceModel& model, TaskId task) {
  return task == 0 ? std::string("the loop") : model.task_title(task);
}

}  // namespace

std::string primitive_summary(const TraceModel& model, ObjKind type, const PrimitiveState& s) {
  std::string waiters = task_list(model, s.waiters, s.waiters_total);
  switch (type) {
    case ObjKind::Queue: {
      std::string size = "size " + number(s.value);
      if (s.capacity != 0) size += "/" + std::to_string(s.capacity);
      return size + " " + item_list(model, s) + ", getters " + waiters + ", putters " +
             task_list(model, s.waiters2, s.waiters2_total);
    }
    case ObjKind::Lock:
      if (s.value == 0) return "unlocked, waiters " + waiters;
      return (s.owner ? "locked by " + model.task_name(s.owner) : std::string("locked")) +
             ", waiters " + waiters;
    case ObjKind::Event:
      return std::string(s.value != 0 ? "set" : "clear") + ", waiters " + waiters;
    case ObjKind::Semaphore:
      return "value " + number(s.value) + ", waiters " + waiters;
    case ObjKind::Condition:
      return (s.value == 0 ? std::string("lock free")
              : s.owner    ? "lock held by " + model.task_name(s.owner)
                           : std::string("lock held")) +
             ", waiters " + waiters;
    case ObjKind::Barrier:
      return number(s.value) + "/" + std::to_string(s.capacity) + " waiting, waiters " + waiters;
    case ObjKind::Future: {
      std::string detail =
          s.items.empty() ? std::string() : " " + std::string(model.str(s.items[0]));
      std::string state = s.value == 0   ? std::string("pending")
                          : s.value == 1 ? "result" + detail
                          : s.value == 2 ? "exception" + detail
                                         : std::string("cancelled");
      return state + ", awaited by " + waiters;
    }
    default:
      return "value " + number(s.value) + ", waiters " + waiters;
  }
}

std::string describe(const TraceModel& model, uint32_t index) {
  const Event& e = model.event(index);
  std::string who = actor(model, e.task);
  std::string label(model.str(e.obj_label));
  std::string text(model.str(e.text));
  switch (e.kind) {
    case EventKind::TaskCreated:
      return actor(model, e.waker_kind == WakerKind::Task ? e.waker_id : 0) + " creates " +
             model.task_title(e.task) + at_line(e.line);
    case EventKind::StepBegin: {
      const Segment* s = model.segment_at(*model.lane(e.task), index);
      std::string step = s ? " (step " + std::to_string(s->id) + ")" : std::string();
      return who + " runs" + step;
    }
    case EventKind::StepEnd:
      switch (e.outcome()) {
        case StepOutcome::Suspended:
          return who + " suspends" + at_line(e.line) + " awaiting " + label;
        case StepOutcome::Finished:
          return who + " finishes" + at_line(e.line) + (text.empty() ? "" : ", result " + text);
        case StepOutcome::Failed:
          return who + " fails" + at_line(e.line) + ": " + text;
        default:
          return who + " is cancelled" + at_line(e.line) + (text.empty() ? "" : ": " + text);
      }
    case EventKind::Ready:
      return who + " is ready: woken by " + waker_text(model, e.waker_kind, e.waker_id) +
             (label.empty() ? "" : " through " + label);
    case EventKind::TimerScheduled:
      return "timer #" + std::to_string(e.obj_id) + " " + label + " scheduled for " +
             format_time(e.num) + " by " + who + at_line(e.line);
    case EventKind::TimerCancelled:
      return "timer #" + std::to_string(e.obj_id) + " " + label + " cancelled by " + who +
             at_line(e.line);
    case EventKind::TimerFired:
      return "timer #" + std::to_string(e.obj_id) + " " + label + " fires (due " +
             format_time(e.num) + ")";
    case EventKind::CallbackScheduled:
      return "callback #" + std::to_string(e.obj_id) + " " + label + " scheduled by " + who +
             at_line(e.line);
    case EventKind::CallbackRun:
      return "callback #" + std::to_string(e.obj_id) + " " + label + " runs";
    case EventKind::PrimitiveCreated:
      return label + " created by " + who + at_line(e.line);
    case EventKind::PrimitiveOp:
      return label + "." + text + " by " + who + at_line(e.line) + " → " +
             primitive_summary(model, e.obj_kind, model.recorder().primitive_state(e));
    case EventKind::IoStart:
      return "I/O #" + std::to_string(e.obj_id) + " " + label + " started by " + who +
             at_line(e.line);
    case EventKind::IoDone:
      return "I/O #" + std::to_string(e.obj_id) + " " + label + " done" +
             (text.empty() ? "" : ": " + text);
    case EventKind::ConsoleOutput:
      return who + (e.stream() == Stream::Stderr ? " writes to stderr " : " prints ") +
             quoted(text) + at_line(e.line);
    case EventKind::Diagnostic:
      return std::string(name(e.diag())) + ": " + text + at_line(e.line);
    case EventKind::ClockAdvance:
      return "clock advances " + format_time(e.num) + " → " + format_time(e.vtime);
    case EventKind::LoopIdle:
      return "the loop waits: nothing is ready";
    case EventKind::kCount:
      break;
  }
  return "?";
}

}  // namespace al::trace
