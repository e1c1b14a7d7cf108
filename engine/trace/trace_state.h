// The event loop's state at one point of a trace, and the machine that advances it event by
// event. TraceModel (trace_model.h) answers "state at event i" with these types.
//
//   State::tasks       every task seen so far, in creation order: state, what it awaits and at
//                      which line, steps taken, time spent running / ready / waiting
//   State::ready       the ready queue in FIFO order: task steps and callback handles
//   State::timers      pending call_later timers sorted by deadline (ties: scheduling order)
//   State::io          pending I/O operations in start order
//   State::primitives  every primitive in creation order with its state after its last op
//   State::running / activity   what the loop is doing (running a task, a callback, idle)
//
// Times are virtual seconds. A task's run/ready/wait times include the state it is in up to
// State::now. Console lines and diagnostics are counted here; their contents live in the
// TraceModel (console_lines(), diagnostics()).
#pragma once

#include <cstdint>
#include <deque>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/trace/event.h"
#include "engine/trace/primitive_state.h"

namespace al::trace {

class Recorder;

enum class TaskState : uint8_t { NotStarted, Ready, Running, Waiting, Done, Failed, Cancelled };
std::string_view name(TaskState state);
inline bool is_finished(TaskState s) {
  return s >= TaskState::Done;
}

enum class LoopActivity : uint8_t {
  Scheduling,  // between handles: moving timers, polling results, starting the next handle
  RunningTask,
  RunningCallback,
  Idle,  // nothing ready: waiting for a timer or I/O
};

// What the event loop does after `e`: the rule StateMachine and the Chrome exporter share.
void advance_loop_activity(const Event& e, LoopActivity& activity, uint32_t& activity_id);

struct TaskInfo {
  TaskId id = 0;
  StrId name = StrId::empty;
  StrId coroutine = StrId::empty;
  TaskId creator = 0;  // 0: created by the loop (asyncio.run's main task)
  uint32_t created_index = kNone;
  uint32_t created_line = 0;
  bool internal = false;  // loop-internal (asyncio.run's shutdown tasks): hidden from learners

  TaskState state = TaskState::NotStarted;
  uint32_t state_index = kNone;           // event that put the task in its current state
  double since = 0;                       // when it entered it
  ObjKind awaiting_kind = ObjKind::None;  // Waiting: what it awaits
  uint32_t awaiting_id = 0;
  StrId awaiting = StrId::empty;
  uint32_t line = 0;  // Waiting: line of the await; finished: line where it ended
  WakerKind woken_by_kind = WakerKind::None;  // Ready: who woke it, and through what
  uint32_t woken_by_id = 0;
  StrId woken_via = StrId::empty;
  ObjKind woken_via_kind = ObjKind::None;
  bool queued = false;           // its step is in the ready queue
  StrId outcome = StrId::empty;  // result repr, exception text or cancel message
  uint32_t steps = 0;
  double run_time = 0;
  double ready_time = 0;
  double wait_time = 0;
  int64_t run_wall_ns = 0;
  int64_t wall_since = 0;

  bool operator==(const TaskInfo&) const = default;
};

enum class ReadyKind : uint8_t { Task, Callback };

struct ReadyEntry {
  ReadyKind kind = ReadyKind::Task;
  uint32_t id = 0;             // task id or handle id
  StrId label = StrId::empty;  // callbacks: their label
  bool operator==(const ReadyEntry&) const = default;
};

struct TimerInfo {
  HandleId id = 0;
  double when = 0;
  StrId label = StrId::empty;
  TaskId owner = 0;  // the task that scheduled it (0: the loop or a callback)
  uint32_t scheduled_index = 0;
  uint32_t line = 0;
  bool operator==(const TimerInfo&) const = default;
};

struct IoInfo {
  ObjectId id = 0;
  StrId label = StrId::empty;
  TaskId owner = 0;
  uint32_t start_index = 0;
  bool operator==(const IoInfo&) const = default;
};

struct PrimitiveInfo {
  ObjectId id = 0;
  ObjKind type = ObjKind::None;
  StrId label = StrId::empty;
  uint32_t created_index = kNone;  // first event that mentions it
  uint32_t last_op = kNone;        // its latest PrimitiveOp event, kNone before any
  StrId last_op_name = StrId::empty;
  TaskId last_actor = 0;
  PrimitiveState state;  // after last_op
  bool operator==(const PrimitiveInfo&) const = default;
};

struct State {
  uint32_t index = kNone;  // the last event applied; kNone before the first
  double now = 0;
  TaskId running = 0;
  LoopActivity activity = LoopActivity::Scheduling;
  uint32_t activity_id = 0;  // the running task or callback handle
  std::vector<TaskInfo> tasks;
  std::vector<ReadyEntry> ready;
  std::vector<TimerInfo> timers;
  std::vector<IoInfo> io;
  std::vector<PrimitiveInfo> primitives;
  uint32_t console_lines = 0;  // lines begun so far (TraceModel::console_lines())
  uint32_t diagnostics = 0;    // diagnostics so far (TraceModel::diagnostics())

  const TaskInfo* task(TaskId id) const;
  const PrimitiveInfo* primitive(ObjectId id) const;
  bool operator==(const State&) const = default;
};

// Dense slots for the ids a trace mentions, assigned in order of first appearance. Tasks are
// slotted by Event::task, primitives by the object of Primitive* events.
struct Registry {
  std::unordered_map<TaskId, uint32_t> task_slot;  // ids >= kDense
  std::vector<uint32_t> task_slot_dense;           // ids < kDense (the usual, counted ids)
  static constexpr TaskId kDense = 1u << 20;
  std::vector<TaskId> task_ids;
  std::unordered_map<ObjectId, uint32_t> prim_slot;
  std::vector<PrimitiveInfo> prims;  // static part: id, type, label, created_index

  void add(const Event& e);  // assigns slots for ids first seen in e
  uint32_t task_slot_of(TaskId id) const;
  uint32_t prim_slot_of(ObjectId id) const;
};

// The working form of State that events are applied to.
class StateMachine {
 public:
  // What a snapshot keeps: everything but finished tasks, whose info never changes again and
  // is kept once by the caller (`finals`, by slot), so snapshots stay small in long traces
  // where many short-lived tasks come and go.
  struct Snapshot {
    uint32_t applied = 0;
    double now = 0;
    int64_t wall_now = 0;
    TaskId running = 0;
    LoopActivity activity = LoopActivity::Scheduling;
    uint32_t activity_id = 0;
    uint32_t task_slots = 0;
    std::vector<std::pair<uint32_t, TaskInfo>> live_tasks;  // (slot, info), unfinished only
    std::vector<ReadyEntry> ready;
    std::vector<TimerInfo> timers;
    std::vector<IoInfo> io;
    std::vector<uint32_t> prim_last_op;
  };

  StateMachine() = default;
  // `finals[slot]` must hold the final info of every task finished before the snapshot.
  StateMachine(const Snapshot& snapshot, const std::vector<TaskInfo>& finals);

  // Applies the next event. Every id it mentions must already be in `reg`.
  void apply(const Event& e, const Registry& reg);
  uint32_t applied() const { return applied_; }
  Snapshot snapshot() const;
  // Approximate size of snapshot() in bytes (to space snapshots out when the state is large).
  size_t snapshot_bytes() const;
  const TaskInfo* task_at_slot(uint32_t slot) const {
    return slot < tasks_.size() ? &tasks_[slot] : nullptr;
  }
  TaskId running() const { return running_; }
  LoopActivity activity() const { return activity_; }
  uint32_t activity_id() const { return activity_id_; }
  // The public view; `console_lines`/`diagnostics` are filled in by the caller.
  State view(const Registry& reg, const Recorder& rec) const;

 private:
  TaskInfo& task(const Event& e, const Registry& reg);
  void enter(TaskInfo& t, TaskState next, const Event& e);
  void remove_ready(ReadyKind kind, uint32_t id);
  void remove_timer(HandleId id);

  uint32_t applied_ = 0;
  double now_ = 0;
  int64_t wall_now_ = 0;
  TaskId running_ = 0;
  LoopActivity activity_ = LoopActivity::Scheduling;
  uint32_t activity_id_ = 0;
  std::vector<TaskInfo> tasks_;  // by slot
  size_t finished_ = 0;          // how many of tasks_ are finished
  std::deque<ReadyEntry> ready_;
  std::vector<TimerInfo> timers_;  // unordered; sorted by view()
  std::unordered_map<HandleId, uint32_t> timer_pos_;
  std::vector<IoInfo> io_;
  std::vector<uint32_t> prim_last_op_;  // by slot
};

}  // namespace al::trace
