// The terminal timeline (`awaitlab run --timeline`) and the compact event list.
//
// render_text_timeline: one row per task in creation order, one column per scheduler step
// (axis Steps: the n-th StepBegin) or per slice of virtual time (axis Time), then the task's
// status at the end of the trace; a ruler above and a legend below:
//
//   steps 1–6 (1 column = 1 step), virtual time 0.000–0.000
//                     1
//   Task-1 (main)     █···░█ done, result None
//   Task-2 (producer) ░█░█✓  done, result None
//   Task-3 (consumer) ░░█░█✓ done, result None
//   legend: █ running  ░ ready  · waiting  ✓ done  ✗ failed  ⊘ cancelled
//
// A cell is █ when the task ran during the column; otherwise its state at the column's end:
// ░ ready (or created), · waiting, blank before it exists; the column after the one where it
// ended shows ✓ done, ✗ failed or ⊘ cancelled, blank after that. Loop-internal tasks (asyncio.run's
// shutdown tasks, TraceModel::is_internal) get no row. When there are more steps (or
// the trace is longer) than `columns`, each column covers several steps (or an equal slice of
// time). Rows are cut to `width` characters (code points) with "…".
//
// render_event_list: one line per event: index, virtual time, lane, description (event_text.h).
//
// Output is deterministic (no wall times), for exact-text tests.
#pragma once

#include <cstdint>
#include <string>

#include "engine/trace/event.h"

namespace al::trace {

class TraceModel;

enum class TimelineAxis : uint8_t { Steps, Time };

struct TextTimelineOptions {
  TimelineAxis axis = TimelineAxis::Steps;
  uint32_t columns = 60;     // most grid columns
  uint32_t width = 100;      // most characters per row
  uint32_t name_width = 20;  // most characters of the task-name column
  bool legend = true;
};

std::string render_text_timeline(const TraceModel& model, const TextTimelineOptions& options = {});

struct EventListOptions {
  uint32_t first = 0;        // first event index
  uint32_t count = kNone;    // how many events (kNone: to the end)
  uint32_t lane_width = 20;  // characters of the lane column
};

std::string render_event_list(const TraceModel& model, const EventListOptions& options = {});

}  // namespace al::trace
