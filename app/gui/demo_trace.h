// Traces the window can show without the interpreter: a small producer/consumer scenario (the
// --demo mode and the tests), and a long synthetic load for the frame-time benchmark. Both are
// recorded through trace::Recorder by a scripted scheduler that follows asyncio's rules (ready
// queue run one pass at a time, timers on a virtual clock, a bounded queue with getters and
// putters waiting in FIFO order); it is not asyncio, only a plausible source of events.
#pragma once

#include <cstdint>

#include "engine/trace/recorder.h"

namespace al::gui {

// The Python source the demo trace belongs to (its lines match the events' lines).
extern const char* const kDemoSource;

// Records the demo scenario: main gathers a producer and two consumers around Queue(maxsize=1).
void record_demo_trace(trace::Recorder& rec);

// Records about `events` events: `tasks` workers that yield, put to and get from a shared queue,
// sleep on short timers and print, round after round.
void record_load_trace(trace::Recorder& rec, uint32_t events, uint32_t tasks);

}  // namespace al::gui
