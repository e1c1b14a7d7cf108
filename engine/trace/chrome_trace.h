// Chrome Trace Event JSON export (DESIGN.md §6): opens in Perfetto UI and chrome://tracing.
//
//   write_chrome_trace(recorder, out);   // streams {"traceEvents":[...],...} to `out`
//
// Layout of the output:
//   - pid 1 ("awaitlab"); one integer tid per lane: the event loop is tid 1, task N is tid N+1
//     (Perfetto mishandles tid 0). Each tid is named by an `M thread_name` event ("event loop",
//     "Task-2 (consumer)") and ordered by `M thread_sort_index` in creation order.
//   - every lane segment (timeline.h) is an `X` slice: name "running", "ready", "waiting:
//     Queue.get q" (loop lane: the task's title, the callback's label, "idle", "scheduling"),
//     cat "task" or "loop", args with the state, source line and event-index range.
//   - loop-internal tasks (asyncio.run's shutdown tasks, TraceModel::is_internal) get no tid,
//     slices or wake-up flows; the loop lane still shows when it ran them.
//   - a task's end is an instant `i` ("done", "failed", "cancelled"); diagnostics are instants
//     on the lane they name.
//   - queue sizes and semaphore values are `C` counters ("Queue q" {"size": n}).
//   - each wake-up is an `s`/`f` flow pair (cat "wakeup", name "wakeup", integer ids 1, 2, ...
//     in the order of the Ready events, "bp":"e" on `f`): `s` inside the slice of the lane that
//     was active when the task was woken, `f` inside the woken task's next "running" slice.
//     Wake-ups whose task never began its next step have no flow.
//
// Order of the records: the process name, then the names and sort indices of the lanes in lane
// order, then the rest in the order one pass over the events produces them: at each event the
// slices it ends (loop lane first), the task end it marks, the flow pair of the step it begins,
// its diagnostic and its counter value; at the end the slices still open, in lane order. So the
// exporter keeps only each lane's open segment and pending wake-up, never the whole timeline.
//
// Time axis (µs): virtual time, plus a synthetic 2 µs for every event at which virtual time does
// not advance, so zero-time task switches stay visible and every slice lasts at least 2 µs.
// With v(i) = round(vtime(i) · 1e6):
//   ts(0) = v(0);  ts(i) = ts(i-1) + max(2, v(i) - v(i-1)).
// A slice spans [ts(start), ts(end)]; an open one ends at ts(last) + 2. Flow points sit at
// ts(index) + 1, strictly inside their slices. Strings that are not valid UTF-8 are written
// with U+FFFD replacements. An empty trace has only the names.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "engine/trace/event.h"

namespace al::trace {

class Recorder;
class TraceModel;

// The time axis above, one event at a time: next(vtime(i)) for i = 0, 1, ... gives ts(i).
class ChromeClock {
 public:
  int64_t next(double vtime);

 private:
  int64_t ts_ = 0;
  int64_t previous_us_ = 0;
  double previous_vtime_ = 0;
  bool started_ = false;
};

// The first `count` events of `rec` (all of them by default). A recorder still being written
// may be exported: the events below `count` must be published.
void write_chrome_trace(const Recorder& rec, std::ostream& out, uint32_t count = kNone);
std::string chrome_trace_json(const Recorder& rec, uint32_t count = kNone);

// The events a model has absorbed (the GUI's export).
void write_chrome_trace(const TraceModel& model, std::ostream& out);
std::string chrome_trace_json(const TraceModel& model);

}  // namespace al::trace
