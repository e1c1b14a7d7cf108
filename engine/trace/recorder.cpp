#include "engine/trace/recorder.h"

#include <algorithm>
#include <stdexcept>

namespace al::trace {

Recorder::Recorder(RecorderOptions options)
    : enabled_(options.enabled),
      wall_clock_(options.wall_clock),
      max_listed_(options.max_listed),
      start_(std::chrono::steady_clock::now()) {}

Event Recorder::make(EventKind kind, TaskId task, Pos at) const {
  Event e{};
  e.vtime = now_;
  if (wall_clock_) {
    e.wall_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now() - start_)
                    .count();
  }
  e.task = task;
  e.line = at.line;
  e.col = static_cast<uint16_t>(std::min<uint32_t>(at.col, UINT16_MAX));
  e.kind = kind;
  e.extra = kNone;
  return e;
}

void Recorder::push(const Event& e) {
  uint32_t n = size();
  // kNone marks "no index" everywhere, so the last usable index is kNone - 1.
  if (n == kNone - 1) throw std::length_error("trace is full");
  Event copy = e;
  copy.index = n;
  events_.push_back(copy);
}

void Recorder::set_obj(Event& e, const Obj& obj) {
  e.obj_kind = obj.kind;
  e.obj_id = obj.id;
  e.obj_label = resolve(obj.label);
}

void Recorder::task_created(TaskId task, Text name, Text coroutine, Pos at) {
  Event e = make(EventKind::TaskCreated, task, at);
  e.text = resolve(name);
  set_obj(e, {ObjKind::Coroutine, 0, coroutine});
  if (current_ != 0) {
    e.waker_kind = WakerKind::Task;
    e.waker_id = current_;
  }
  push(e);
}

void Recorder::step_begin(TaskId task) {
  current_ = task;
  push(make(EventKind::StepBegin, task, {}));
}

void Recorder::end_step(StepOutcome outcome, Pos at, Text text, const Obj* awaited) {
  Event e = make(EventKind::StepEnd, current_, at);
  e.detail = static_cast<uint8_t>(outcome);
  e.text = resolve(text);
  if (awaited) set_obj(e, *awaited);
  current_ = 0;
  push(e);
}

void Recorder::step_suspended(Pos at, Obj awaited) {
  end_step(StepOutcome::Suspended, at, {}, &awaited);
}

void Recorder::step_finished(Pos at, Text result_repr) {
  end_step(StepOutcome::Finished, at, result_repr, nullptr);
}

void Recorder::step_failed(Pos at, Text exception_text) {
  end_step(StepOutcome::Failed, at, exception_text, nullptr);
}

void Recorder::step_cancelled(Pos at, Text message) {
  end_step(StepOutcome::Cancelled, at, message, nullptr);
}

void Recorder::ready(TaskId task, Waker by, Obj through) {
  Event e = make(EventKind::Ready, task, {});
  e.waker_kind = by.kind;
  e.waker_id = by.id;
  set_obj(e, through);
  push(e);
}

void Recorder::timer_scheduled(HandleId id, double when, Text label, Pos at) {
  Event e = make(EventKind::TimerScheduled, current_, at);
  set_obj(e, {ObjKind::Timer, id, label});
  e.num = when;
  push(e);
}

void Recorder::timer_cancelled(HandleId id, Text label, Pos at) {
  Event e = make(EventKind::TimerCancelled, current_, at);
  set_obj(e, {ObjKind::Timer, id, label});
  push(e);
}

void Recorder::timer_fired(HandleId id, double when, Text label, TaskId owner) {
  Event e = make(EventKind::TimerFired, owner, {});
  set_obj(e, {ObjKind::Timer, id, label});
  e.num = when;
  push(e);
}

void Recorder::callback_scheduled(HandleId id, Text label, Pos at) {
  Event e = make(EventKind::CallbackScheduled, current_, at);
  set_obj(e, {ObjKind::Callback, id, label});
  push(e);
}

void Recorder::callback_run(HandleId id, Text label) {
  Event e = make(EventKind::CallbackRun, 0, {});
  set_obj(e, {ObjKind::Callback, id, label});
  push(e);
}

void Recorder::primitive_created(Obj primitive, Pos at) {
  Event e = make(EventKind::PrimitiveCreated, current_, at);
  set_obj(e, primitive);
  push(e);
}

void Recorder::primitive_op(Obj primitive, Text op, const PrimitiveStateIn& after, Pos at) {
  Event e = make(EventKind::PrimitiveOp, current_, at);
  set_obj(e, primitive);
  e.text = resolve(op);
  e.num = after.value;
  e.extra = append_state(after);
  push(e);
}

void Recorder::io_start(ObjectId id, Text label, Pos at) {
  Event e = make(EventKind::IoStart, current_, at);
  set_obj(e, {ObjKind::Io, id, label});
  push(e);
}

void Recorder::io_done(ObjectId id, Text label, TaskId owner, Text result) {
  Event e = make(EventKind::IoDone, owner, {});
  set_obj(e, {ObjKind::Io, id, label});
  e.text = resolve(result);
  push(e);
}

void Recorder::console_output(Stream stream, Text text, Pos at) {
  Event e = make(EventKind::ConsoleOutput, current_, at);
  e.detail = static_cast<uint8_t>(stream);
  e.text = resolve(text);
  push(e);
}

void Recorder::diagnostic(DiagKind kind, Text message, TaskId task, Pos at) {
  Event e = make(EventKind::Diagnostic, task, at);
  e.detail = static_cast<uint8_t>(kind);
  e.text = resolve(message);
  push(e);
}

void Recorder::clock_advance(double to) {
  double from = now_;
  now_ = to;
  Event e = make(EventKind::ClockAdvance, 0, {});
  e.num = from;
  push(e);
}

void Recorder::loop_idle() {
  push(make(EventKind::LoopIdle, 0, {}));
}

// State record layout (uint32 words):
//   capacity, owner, items_total, n_items, item StrIds...,
//   waiters_total, n_waiters, waiters..., waiters2_total, n_waiters2, waiters2...
uint32_t Recorder::append_state(const PrimitiveStateIn& state) {
  auto offset = static_cast<uint32_t>(arena_.size());
  auto total = [](uint32_t given, size_t listed) {
    return given == kNone ? static_cast<uint32_t>(listed) : given;
  };
  auto listed = [this](size_t n) {
    return static_cast<uint32_t>(std::min<size_t>(n, max_listed_));
  };
  arena_.push_back(state.capacity);
  arena_.push_back(state.owner);
  arena_.push_back(total(state.items_total, state.items.size()));
  uint32_t n_items = listed(state.items.size());
  arena_.push_back(n_items);
  for (uint32_t i = 0; i < n_items; ++i) {
    arena_.push_back(static_cast<uint32_t>(intern(state.items[i])));
  }
  for (auto [list, given] : {std::pair{state.waiters, state.waiters_total},
                             std::pair{state.waiters2, state.waiters2_total}}) {
    arena_.push_back(total(given, list.size()));
    uint32_t n = listed(list.size());
    arena_.push_back(n);
    for (uint32_t i = 0; i < n; ++i) arena_.push_back(list[i]);
  }
  return offset;
}

PrimitiveState Recorder::primitive_state(const Event& op) const {
  PrimitiveState s;
  if (op.kind != EventKind::PrimitiveOp || op.extra == kNone) return s;
  size_t at = op.extra;
  auto next = [&] { return arena_[at++]; };
  s.value = op.num;
  s.capacity = next();
  s.owner = next();
  s.items_total = next();
  s.items.resize(next());
  for (StrId& item : s.items) item = static_cast<StrId>(next());
  for (auto [list, total] :
       {std::pair{&s.waiters, &s.waiters_total}, std::pair{&s.waiters2, &s.waiters2_total}}) {
    *total = next();
    list->resize(next());
    for (TaskId& t : *list) t = next();
  }
  return s;
}

}  // namespace al::trace
