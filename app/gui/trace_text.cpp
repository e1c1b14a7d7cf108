#include "app/gui/trace_text.h"

#include <cstdio>

#include "app/gui/diagnostic_text.h"
#include "app/gui/i18n.h"

namespace al::gui {

using trace::EventKind;
using trace::LaneState;
using trace::TaskState;
using trace::WakerKind;

const char* task_state_text(TaskState s) {
  switch (s) {
    case TaskState::NotStarted:
      return tr("state.not_started");
    case TaskState::Ready:
      return tr("state.ready");
    case TaskState::Running:
      return tr("state.running");
    case TaskState::Waiting:
      return tr("state.waiting");
    case TaskState::Done:
      return tr("state.done");
    case TaskState::Failed:
      return tr("state.failed");
    case TaskState::Cancelled:
      return tr("state.cancelled");
  }
  return "";
}

const char* lane_state_text(LaneState s) {
  switch (s) {
    case LaneState::NotStarted:
      return tr("state.not_started");
    case LaneState::Ready:
      return tr("state.ready");
    case LaneState::Running:
      return tr("state.running");
    case LaneState::Waiting:
      return tr("state.waiting");
    case LaneState::LoopScheduling:
      return tr("loop.scheduling");
    case LaneState::LoopTask:
      return tr("loop.task");
    case LaneState::LoopCallback:
      return tr("loop.callback");
    case LaneState::LoopIdle:
      return tr("loop.idle");
  }
  return "";
}

const char* diagnostic_text(trace::DiagKind k) {
  switch (k) {
    case trace::DiagKind::Deadlock:
      return tr("diag.deadlock");
    case trace::DiagKind::BlockedLoop:
      return tr("diag.blocked_loop");
    case trace::DiagKind::NeverAwaited:
      return tr("diag.never_awaited");
    case trace::DiagKind::ExceptionNeverRetrieved:
      return tr("diag.never_retrieved");
    case trace::DiagKind::TaskDestroyedPending:
      return tr("diag.destroyed_pending");
    case trace::DiagKind::ScheduleChoice:
      return tr("diag.schedule_choice");
    case trace::DiagKind::UncaughtException:
    case trace::DiagKind::kCount:
      break;
  }
  return tr("diag.uncaught");
}

std::string format_seconds(double t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", t);
  return buf;
}

std::string waker_text(const trace::TraceModel& model, WakerKind kind, uint32_t id) {
  std::string n = std::to_string(id);
  switch (kind) {
    case WakerKind::Task:
      return model.task_name(id);
    case WakerKind::Timer:
      return trf("waker.timer", {n});
    case WakerKind::Callback:
      return trf("waker.callback", {n});
    case WakerKind::Io:
      return trf("waker.io", {n});
    case WakerKind::Thread:
      return trf("waker.thread", {n});
    case WakerKind::Signal:
      return trf("waker.signal", {n});
    case WakerKind::None:
    case WakerKind::kCount:
      break;
  }
  return tr("waker.loop");
}

std::string event_sentence(const trace::TraceModel& model, uint32_t index) {
  if (index >= model.size()) return {};
  const trace::Event& e = model.event(index);
  std::string who = e.task ? model.task_name(e.task) : std::string(tr("waker.loop"));
  std::string line = std::to_string(e.line);
  std::string label(model.str(e.obj_label));
  std::string text(model.str(e.text));
  switch (e.kind) {
    case EventKind::TaskCreated:
      return trf("ev.task_created",
                 {who, e.waker_id ? model.task_name(e.waker_id) : tr("waker.loop"), line});
    case EventKind::StepBegin:
      return trf("ev.step_begin", {who});
    case EventKind::StepEnd:
      switch (e.outcome()) {
        case trace::StepOutcome::Suspended:
          return trf("ev.suspended", {who, line, label});
        case trace::StepOutcome::Finished:
          return trf("ev.finished", {who, line, text});
        case trace::StepOutcome::Failed:
          return trf("ev.failed", {who, line, text});
        case trace::StepOutcome::Cancelled:
        case trace::StepOutcome::kCount:
          return trf("ev.cancelled", {who, line});
      }
      break;
    case EventKind::Ready: {
      std::string by = waker_text(model, e.waker_kind, e.waker_id);
      return label.empty() ? trf("ev.ready", {who, by}) : trf("ev.ready_via", {who, by, label});
    }
    case EventKind::TimerScheduled:
      return trf("ev.timer_scheduled", {who, label, format_seconds(e.num)});
    case EventKind::TimerCancelled:
      return trf("ev.timer_cancelled", {label});
    case EventKind::TimerFired:
      return trf("ev.timer_fired", {label, format_seconds(e.num)});
    case EventKind::CallbackScheduled:
      return trf("ev.callback_scheduled", {who, label});
    case EventKind::CallbackRun:
      return trf("ev.callback_run", {label});
    case EventKind::PrimitiveCreated:
      return trf("ev.prim_created", {label, line});
    case EventKind::PrimitiveOp:
      return trf("ev.prim_op", {label, text, who, line});
    case EventKind::IoStart:
      return trf("ev.io_start", {who, label});
    case EventKind::IoDone:
      return trf("ev.io_done", {label});
    case EventKind::ConsoleOutput: {
      std::string shown = text;
      while (!shown.empty() && shown.back() == '\n') shown.pop_back();
      return trf("ev.console", {who, "\"" + shown + "\""});
    }
    case EventKind::Diagnostic:
      return trf("ev.diagnostic", {localized_diagnostic(e.diag(), text)});
    case EventKind::ClockAdvance:
      return trf("ev.clock", {format_seconds(e.num), format_seconds(e.vtime)});
    case EventKind::LoopIdle:
      return tr("ev.idle");
    case EventKind::kCount:
      break;
  }
  return {};
}

}  // namespace al::gui
