// TraceModel: everything the GUI, the CLI and the exporters ask of a trace.
//
//   trace::TraceModel model(recorder);   // reads the recorder; the recorder must outlive it
//   model.update();                      // absorb events published since the last call (live
//                                        // runs: call it once per frame on the GUI thread)
//   State s = model.state_at(i);         // the loop's state right after event i (trace_state.h)
//
// state_at(i) costs O(log n + K + |state|): it copies the nearest snapshot at or before i and
// replays the events in between. A snapshot is taken every K events (K = snapshot_interval,
// default 1024), or further apart when a snapshot would outweigh K events (32 bytes each), so
// snapshots never take more memory than the events they summarise. Finished tasks are kept once,
// not in every snapshot, so K holds in long traces where many short-lived tasks come and go
// (a query still copies every task into State::tasks). last_replayed() reports how many events
// the last query replayed; state_replayed_from_zero(i) is the slow reference used by the tests.
//
// Timeline views (timeline.h), built incrementally by update():
//   lanes()                      [0] the event loop, then one lane per task in creation order
//   segments_in(lane, i0, i1)    segments meeting the event-index range [i0, i1] (binary search)
//   segments_between(lane, t0, t1)  segments meeting the virtual-time range [t0, t1]
//   segment_at(lane, i)          the segment holding after event i (nullptr: not created yet or
//                                finished; see Lane::end)
//   wake_edges() / wake_edges_from(i0, i1)   wake-up arrows, sorted by their Ready event
//   counters()                   per primitive: value after each operation (queue size, ...)
//   step_begins() / steps_at(i)  the scheduler-steps axis: StepBegin indices, steps begun by i
//   index_at_time(t)             first event at or after virtual time t
//
// Console and problems: console_lines() with console_count_at(i) and ConsoleLine::text_at(i);
// diagnostics() (event indices) with diagnostics_count_at(i).
//
// Not thread-safe: one thread (the GUI's) calls update() and the queries; the recorder may keep
// appending on another thread meanwhile. Virtual time must never decrease along the trace.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/trace/console_log.h"
#include "engine/trace/recorder.h"
#include "engine/trace/timeline.h"
#include "engine/trace/trace_state.h"

namespace al::trace {

class TraceModel {
 public:
  explicit TraceModel(const Recorder& recorder, uint32_t snapshot_interval = 1024);

  // Absorbs the events the recorder published since the last call; returns how many.
  uint32_t update();
  uint32_t size() const { return size_; }
  const Recorder& recorder() const { return rec_; }
  Event event(uint32_t i) const { return rec_[i]; }
  std::string_view str(StrId id) const { return rec_.str(id); }
  double time_at(uint32_t i) const { return rec_.vtime(i); }

  // --- state at an event ---------------------------------------------------------------------
  State state_at(uint32_t i) const;  // i < size()
  State state_replayed_from_zero(uint32_t i) const;
  uint32_t last_replayed() const { return last_replayed_; }
  uint32_t snapshot_interval() const { return interval_; }
  size_t snapshot_count() const { return snapshots_.size(); }

  // --- tasks ---------------------------------------------------------------------------------
  const std::vector<TaskId>& task_ids() const { return reg_.task_ids; }  // creation order
  // "Task-2 (consumer)": the task's name and its coroutine's; "task 7" if never created.
  std::string task_title(TaskId id) const;
  // Just the name: "Task-2"; "task 7" if never created.
  std::string task_name(TaskId id) const;
  // A loop-internal task (asyncio.run's shutdown_asyncgens / shutdown_default_executor): the
  // text timeline and the Chrome export leave its lane out; the GUI may too.
  bool is_internal(TaskId id) const;

  // --- timeline ------------------------------------------------------------------------------
  const std::vector<Lane>& lanes() const { return timeline_.lanes(); }
  const Lane* lane(TaskId task) const;
  std::span<const Segment> segments_in(const Lane& lane, uint32_t first, uint32_t last) const;
  std::span<const Segment> segments_between(const Lane& lane, double t0, double t1) const;
  const Segment* segment_at(const Lane& lane, uint32_t i) const;
  double start_time(const Segment& s) const { return rec_.vtime(s.start); }
  double end_time(const Segment& s) const;  // open segments: the last event's time
  const std::vector<WakeEdge>& wake_edges() const { return timeline_.edges(); }
  std::span<const WakeEdge> wake_edges_from(uint32_t first, uint32_t last) const;
  const std::vector<CounterSeries>& counters() const { return timeline_.counters(); }
  const std::vector<uint32_t>& step_begins() const { return step_begins_; }
  uint32_t steps_at(uint32_t i) const;
  uint32_t index_at_time(double t) const;  // size() if every event is earlier

  // --- console and diagnostics ---------------------------------------------------------------
  const std::vector<ConsoleLine>& console_lines() const { return console_.lines(); }
  uint32_t console_count_at(uint32_t i) const { return console_.count_at(i); }
  const std::vector<uint32_t>& diagnostics() const { return diagnostics_; }
  uint32_t diagnostics_count_at(uint32_t i) const;

 private:
  State finish(const StateMachine& m) const;

  const Recorder& rec_;
  uint32_t interval_;
  uint32_t size_ = 0;
  Registry reg_;
  StateMachine live_;
  std::vector<StateMachine::Snapshot> snapshots_;
  std::vector<TaskInfo> finals_;  // by task slot: the info of each finished task
  uint32_t next_snapshot_;
  TimelineBuilder timeline_;
  ConsoleLog console_;
  std::vector<uint32_t> diagnostics_;
  std::vector<uint32_t> step_begins_;
  mutable uint32_t last_replayed_ = 0;
};

}  // namespace al::trace
