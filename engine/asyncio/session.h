// Per-run set-up of the asyncio world, shared by the CLI and the GUI: the clock, the trace
// recorder (and console tracing), the blocked-loop watchdog, how deadlocks stop the program.
//
//   SessionOptions o; o.clock = ClockMode::Real; o.recorder = &rec;
//   session_begin(o);
//   int status = run_file(path, argv);
//   session_end();
#pragma once

#include <cstdint>

#include "engine/loop/clock.h"
#include "engine/loop/program_stop.h"
#include "engine/trace/recorder.h"

namespace al {

struct SessionOptions {
  ClockMode clock = ClockMode::Virtual;
  trace::Recorder* recorder = nullptr;  // null: no trace
  uint64_t watchdog_budget;             // 0: watchdog off
  StopPolicy stop = StopPolicy::Throw;
  SessionOptions();
};

// Registers the asyncio module (idempotent) and prepares a run.
void session_begin(const SessionOptions& options);
// Detaches the recorder from the engine.
void session_end();

}  // namespace al
