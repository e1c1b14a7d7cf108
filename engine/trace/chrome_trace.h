// Chrome Trace Event JSON export (DESIGN.md §6): opens in Perfetto UI and chrome://tracing.
//
//   write_chrome_trace(model, out);   // streams {"traceEvents":[...],...} to `out`
//
// Layout of the output:
//   - pid 1 ("awaitlab"); one integer tid per lane: the event loop is tid 1, task N is tid N+1
//     (Perfetto mishandles tid 0). Each tid is named by an `M thread_name` event ("event loop",
//     "Task-2 (consumer)") and ordered by `M thread_sort_index` in creation order.
//   - every lane segment is an `X` slice: name "running", "ready", "waiting: Queue.get q" (loop
//     lane: the task's title, the callback's label, "idle", "scheduling"), cat "task" or "loop",
//     args with the state, source line and event-index range.
//   - loop-internal tasks (asyncio.run's shutdown tasks, TraceModel::is_internal) get no tid,
//     slices or wake-up flows; the loop lane still shows when it ran them.
//   - a task's end is an instant `i` ("done", "failed", "cancelled"); diagnostics are instants
//     on the lane they name.
//   - queue sizes and semaphore values are `C` counters ("Queue q" {"size": n}).
//   - each wake-up is an `s`/`f` flow pair (cat "wakeup", name "wakeup", unique integer id,
//     "bp":"e" on `f`): `s` inside the slice of the lane that was active when the task was
//     woken, `f` inside the woken task's next "running" slice.
//
// Time axis (µs): virtual time, plus a synthetic 2 µs for every event at which virtual time does
// not advance, so zero-time task switches stay visible and every slice lasts at least 2 µs.
// With v(i) = round(vtime(i) · 1e6):
//   ts(0) = v(0);  ts(i) = ts(i-1) + max(2, v(i) - v(i-1)).
// A slice spans [ts(start), ts(end)]; flow points sit at ts(index) + 1, strictly inside their
// slices. Strings that are not valid UTF-8 are written with U+FFFD replacements.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace al::trace {

class TraceModel;

// The synthetic µs timestamp of every event, as described above.
std::vector<int64_t> chrome_timestamps(const TraceModel& model);

void write_chrome_trace(const TraceModel& model, std::ostream& out);
std::string chrome_trace_json(const TraceModel& model);

}  // namespace al::trace
