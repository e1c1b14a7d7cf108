// The trace recorder of the current run, shared by the loop and the asyncio layer.
//
//   if (trace::Recorder* rec = active_tracer()) rec->timer_fired(...);
//
// With no recorder installed, or a disabled one, active_tracer() is null: tracing off costs a
// load and a branch per decision.
#pragma once

#include "engine/trace/recorder.h"

namespace al {

extern trace::Recorder* g_tracer;

inline trace::Recorder* active_tracer() {
  trace::Recorder* r = g_tracer;
  return r && r->enabled() ? r : nullptr;
}

// Installs (or, with null, removes) the run's recorder; the caller owns it.
void set_tracer(trace::Recorder* rec);

}  // namespace al
