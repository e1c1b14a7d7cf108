// Sections: names and State lookups · Registry (id → slot) · StateMachine::apply (one event) ·
// snapshots and restoring from them · view() (the public State).
#include "engine/trace/trace_state.h"

#include <algorithm>
#include <array>

#include "engine/trace/recorder.h"

namespace al::trace {

std::string_view name(TaskState state) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "not started", "ready", "running", "waiting", "done", "failed", "cancelled"};
  return kNames[static_cast<size_t>(state)];
}

const TaskInfo* State::task(TaskId id) const {
  for (const TaskInfo& t : tasks) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

const PrimitiveInfo* State::primitive(ObjectId id) const {
  for (const PrimitiveInfo& p : primitives) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------

static bool is_primitive_event(const Event& e) {
  return e.kind == EventKind::PrimitiveCreated || e.kind == EventKind::PrimitiveOp;
}

void Registry::add(const Event& e) {
  if (e.task != 0 && task_slot_of(e.task) == kNone) {
    auto slot = static_cast<uint32_t>(task_ids.size());
    if (e.task < kDense) {
      if (task_slot_dense.size() <= e.task) task_slot_dense.resize(e.task + 1, kNone);
      task_slot_dense[e.task] = slot;
    } else {
      task_slot.emplace(e.task, slot);
    }
    task_ids.push_back(e.task);
  }
  if (is_primitive_event(e) && !prim_slot.contains(e.obj_id)) {
    prim_slot.emplace(e.obj_id, static_cast<uint32_t>(prims.size()));
    PrimitiveInfo p;
    p.id = e.obj_id;
    p.type = e.obj_kind;
    p.label = e.obj_label;
    p.created_index = e.index;
    prims.push_back(p);
  }
}

uint32_t Registry::task_slot_of(TaskId id) const {
  if (id < kDense) return id < task_slot_dense.size() ? task_slot_dense[id] : kNone;
  auto it = task_slot.find(id);
  return it == task_slot.end() ? kNone : it->second;
}

uint32_t Registry::prim_slot_of(ObjectId id) const {
  auto it = prim_slot.find(id);
  return it == prim_slot.end() ? kNone : it->second;
}

// ---------------------------------------------------------------------------------------------

TaskInfo& StateMachine::task(const Event& e, const Registry& reg) {
  uint32_t slot = reg.task_slot_of(e.task);
  // Slots are assigned in order of first appearance, so a new slot is always the next one.
  if (slot >= tasks_.size()) {
    tasks_.resize(slot + 1);
    tasks_[slot].id = e.task;
    tasks_[slot].since = e.vtime;
    tasks_[slot].state_index = e.index;
  }
  return tasks_[slot];
}

// Closes the task's current state (adding its duration to the matching total) and opens `next`.
void StateMachine::enter(TaskInfo& t, TaskState next, const Event& e) {
  double spent = e.vtime - t.since;
  switch (t.state) {
    case TaskState::Running:
      t.run_time += spent;
      break;
    case TaskState::Ready:
      t.ready_time += spent;
      break;
    case TaskState::Waiting:
      t.wait_time += spent;
      break;
    default:
      break;
  }
  t.state = next;
  t.since = e.vtime;
  t.state_index = e.index;
}

void StateMachine::remove_ready(ReadyKind kind, uint32_t id) {
  // The loop runs the ready queue front to back, so the entry is almost always at the front.
  if (!ready_.empty() && ready_.front().kind == kind && ready_.front().id == id) {
    ready_.pop_front();
    return;
  }
  auto it = std::find_if(ready_.begin(), ready_.end(),
                         [&](const ReadyEntry& r) { return r.kind == kind && r.id == id; });
  if (it != ready_.end()) ready_.erase(it);
}

void StateMachine::remove_timer(HandleId id) {
  auto it = timer_pos_.find(id);
  if (it == timer_pos_.end()) return;
  uint32_t pos = it->second;
  timer_pos_.erase(it);
  if (pos + 1 != timers_.size()) {
    timers_[pos] = timers_.back();
    timer_pos_[timers_[pos].id] = pos;
  }
  timers_.pop_back();
}

void advance_loop_activity(const Event& e, LoopActivity& activity, uint32_t& activity_id) {
  switch (e.kind) {
    case EventKind::StepBegin:
      activity = LoopActivity::RunningTask;
      activity_id = e.task;
      break;
    case EventKind::StepEnd:
    case EventKind::TimerFired:
    case EventKind::IoDone:
      activity = LoopActivity::Scheduling;
      activity_id = 0;
      break;
    case EventKind::CallbackRun:
      activity = LoopActivity::RunningCallback;
      activity_id = e.obj_id;
      break;
    case EventKind::ClockAdvance:
      // A callback that was running has ended once the loop moves its clock.
      if (activity == LoopActivity::RunningCallback) {
        activity = LoopActivity::Scheduling;
        activity_id = 0;
      }
      break;
    case EventKind::LoopIdle:
      activity = LoopActivity::Idle;
      activity_id = 0;
      break;
    default:
      break;
  }
}

void StateMachine::apply(const Event& e, const Registry& reg) {
  applied_ = e.index + 1;
  now_ = e.vtime;
  wall_now_ = e.wall_ns;
  // Every task event gives the task its slot. A finished task's info is final: later events
  // that name it (a stray wake-up, its timer firing) change only the loop's state.
  bool finished = e.task != 0 && is_finished(task(e, reg).state);
  advance_loop_activity(e, activity_, activity_id_);
  switch (e.kind) {
    case EventKind::TaskCreated: {
      if (finished) break;
      TaskInfo& t = task(e, reg);
      t.name = e.text;
      t.coroutine = e.obj_label;
      t.creator = e.waker_kind == WakerKind::Task ? e.waker_id : 0;
      t.created_index = e.index;
      t.created_line = e.line;
      t.internal = e.detail != 0;
      enter(t, TaskState::NotStarted, e);
      break;
    }
    case EventKind::StepBegin: {
      remove_ready(ReadyKind::Task, e.task);
      running_ = e.task;
      if (finished) break;
      TaskInfo& t = task(e, reg);
      enter(t, TaskState::Running, e);
      t.steps++;
      t.wall_since = e.wall_ns;
      t.queued = false;
      t.woken_by_kind = WakerKind::None;
      t.woken_by_id = 0;
      t.woken_via = StrId::empty;
      t.woken_via_kind = ObjKind::None;
      break;
    }
    case EventKind::StepEnd: {
      running_ = 0;
      if (e.task == 0 || finished) break;
      TaskInfo& t = task(e, reg);
      if (t.state == TaskState::Running) t.run_wall_ns += e.wall_ns - t.wall_since;
      t.line = e.line;
      switch (e.outcome()) {
        case StepOutcome::Suspended:
          // Woken during its own step (sleep(0) reschedules itself before the step returns):
          // it is already back in the ready queue.
          if (t.queued) {
            enter(t, TaskState::Ready, e);
            break;
          }
          enter(t, TaskState::Waiting, e);
          t.awaiting_kind = e.obj_kind;
          t.awaiting_id = e.obj_id;
          t.awaiting = e.obj_label;
          break;
        case StepOutcome::Finished:
          enter(t, TaskState::Done, e);
          break;
        case StepOutcome::Failed:
          enter(t, TaskState::Failed, e);
          break;
        default:
          enter(t, TaskState::Cancelled, e);
          break;
      }
      if (e.outcome() != StepOutcome::Suspended) {
        t.outcome = e.text;
        ++finished_;
      }
      break;
    }
    case EventKind::Ready: {
      ready_.push_back({ReadyKind::Task, e.task, StrId::empty});
      if (finished) break;
      TaskInfo& t = task(e, reg);
      t.queued = true;
      t.woken_by_kind = e.waker_kind;
      t.woken_by_id = e.waker_id;
      t.woken_via = e.obj_label;
      t.woken_via_kind = e.obj_kind;
      // A running task stays running until its step ends (see StepEnd).
      if (t.state == TaskState::Running) break;
      enter(t, TaskState::Ready, e);
      t.awaiting_kind = ObjKind::None;
      t.awaiting_id = 0;
      t.awaiting = StrId::empty;
      break;
    }
    case EventKind::TimerScheduled:
      remove_timer(e.obj_id);
      timer_pos_[e.obj_id] = static_cast<uint32_t>(timers_.size());
      timers_.push_back({e.obj_id, e.num, e.obj_label, e.task, e.index, e.line});
      break;
    case EventKind::TimerCancelled:
      remove_timer(e.obj_id);
      remove_ready(ReadyKind::Callback, e.obj_id);
      break;
    case EventKind::TimerFired:
      remove_timer(e.obj_id);
      ready_.push_back({ReadyKind::Callback, e.obj_id, e.obj_label});
      break;
    case EventKind::CallbackScheduled:
      ready_.push_back({ReadyKind::Callback, e.obj_id, e.obj_label});
      break;
    case EventKind::CallbackRun:
      remove_ready(ReadyKind::Callback, e.obj_id);
      break;
    case EventKind::PrimitiveCreated:
    case EventKind::PrimitiveOp: {
      uint32_t slot = reg.prim_slot_of(e.obj_id);
      if (slot >= prim_last_op_.size()) prim_last_op_.resize(slot + 1, kNone);
      if (e.kind == EventKind::PrimitiveOp) prim_last_op_[slot] = e.index;
      break;
    }
    case EventKind::IoStart:
      io_.push_back({e.obj_id, e.obj_label, e.task, e.index});
      break;
    case EventKind::IoDone:
      std::erase_if(io_, [&](const IoInfo& io) { return io.id == e.obj_id; });
      break;
    case EventKind::ClockAdvance:
    case EventKind::LoopIdle:
    case EventKind::ConsoleOutput:
    case EventKind::Diagnostic:
    case EventKind::kCount:
      break;
  }
}

size_t StateMachine::snapshot_bytes() const {
  return sizeof(Snapshot) + (tasks_.size() - finished_) * sizeof(std::pair<uint32_t, TaskInfo>) +
         ready_.size() * sizeof(ReadyEntry) + timers_.size() * sizeof(TimerInfo) +
         io_.size() * sizeof(IoInfo) + prim_last_op_.size() * sizeof(uint32_t);
}

StateMachine::Snapshot StateMachine::snapshot() const {
  Snapshot s;
  s.applied = applied_;
  s.now = now_;
  s.wall_now = wall_now_;
  s.running = running_;
  s.activity = activity_;
  s.activity_id = activity_id_;
  s.task_slots = static_cast<uint32_t>(tasks_.size());
  s.live_tasks.reserve(tasks_.size() - finished_);
  for (uint32_t slot = 0; slot < tasks_.size(); ++slot) {
    if (!is_finished(tasks_[slot].state)) s.live_tasks.emplace_back(slot, tasks_[slot]);
  }
  s.ready.assign(ready_.begin(), ready_.end());
  s.timers = timers_;
  s.io = io_;
  s.prim_last_op = prim_last_op_;
  return s;
}

StateMachine::StateMachine(const Snapshot& s, const std::vector<TaskInfo>& finals)
    : applied_(s.applied),
      now_(s.now),
      wall_now_(s.wall_now),
      running_(s.running),
      activity_(s.activity),
      activity_id_(s.activity_id),
      ready_(s.ready.begin(), s.ready.end()),
      timers_(s.timers),
      io_(s.io),
      prim_last_op_(s.prim_last_op) {
  tasks_.reserve(s.task_slots);
  tasks_.assign(finals.begin(), finals.begin() + s.task_slots);
  for (const auto& [slot, info] : s.live_tasks) tasks_[slot] = info;
  finished_ = s.task_slots - s.live_tasks.size();
  for (uint32_t i = 0; i < timers_.size(); ++i) timer_pos_[timers_[i].id] = i;
}

State StateMachine::view(const Registry& reg, const Recorder& rec) const {
  State s;
  s.index = applied_ == 0 ? kNone : applied_ - 1;
  s.now = now_;
  s.running = running_;
  s.activity = activity_;
  s.activity_id = activity_id_;
  s.tasks = tasks_;
  for (TaskInfo& t : s.tasks) {
    // Totals include the state the task is still in, up to now.
    double open = now_ - t.since;
    if (t.state == TaskState::Running) {
      t.run_time += open;
      t.run_wall_ns += wall_now_ - t.wall_since;
    } else if (t.state == TaskState::Ready) {
      t.ready_time += open;
    } else if (t.state == TaskState::Waiting) {
      t.wait_time += open;
    }
  }
  s.ready.assign(ready_.begin(), ready_.end());
  s.timers = timers_;
  std::sort(s.timers.begin(), s.timers.end(), [](const TimerInfo& a, const TimerInfo& b) {
    return a.when != b.when ? a.when < b.when : a.scheduled_index < b.scheduled_index;
  });
  s.io = io_;
  s.primitives.reserve(prim_last_op_.size());
  for (size_t slot = 0; slot < prim_last_op_.size(); ++slot) {
    PrimitiveInfo p = reg.prims[slot];
    p.last_op = prim_last_op_[slot];
    if (p.last_op != kNone) {
      const Event& op = rec[p.last_op];
      p.last_op_name = op.text;
      p.last_actor = op.task;
      p.state = rec.primitive_state(op);
    }
    s.primitives.push_back(std::move(p));
  }
  return s;
}

}  // namespace al::trace
