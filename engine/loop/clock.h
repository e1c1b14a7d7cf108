// The one clock of a run: asyncio's loop.time(), time.monotonic/perf_counter/time/sleep and
// datetime.now all read it (DESIGN.md §3, tests/conformance/oracle.py).
//
// Virtual mode (the default for lessons) is the oracle's `counter`: a double starting at 0.0 that
// moves only when the event loop has nothing to do (`now += timeout`, exactly that one float
// addition) or when a blocking time.sleep(x) runs (`now = now + x`). Real mode reads
// CLOCK_MONOTONIC, counted from the run's start (clock_reset), and the loop really waits.
//
//   clock_reset(ClockMode::Virtual);   // at the start of a run
//   double t = clock_now();            // loop.time(), time.monotonic()
//   double w = clock_wall();           // time.time(): kFixedEpoch + now in virtual mode
//   clock_sleep(0.5);                  // time.sleep(0.5) on the loop thread
#pragma once

#include <cstdint>

namespace al {

enum class ClockMode : uint8_t { Virtual, Real };

// time.time() at virtual instant 0: 2026-01-01T00:00:00Z (the oracle's FIXED_EPOCH).
inline constexpr double kFixedEpoch = 1767225600.0;
inline constexpr int64_t kFixedEpochNs = int64_t(1767225600) * 1000000000;

// Sets the mode and, in virtual mode, the counter back to 0.0.
void clock_reset(ClockMode mode);
ClockMode clock_mode();
bool clock_is_virtual();

// loop.time() / time.monotonic() / time.perf_counter().
double clock_now();
// time.time(): kFixedEpoch + now (virtual) or the system's wall clock (real).
double clock_wall();
// time.monotonic_ns()-style: round(now * 1e9) (round half to even, as the oracle's round()).
int64_t clock_now_ns();
int64_t clock_wall_ns();

// Virtual mode: now += seconds (the oracle's selector jump). Real mode: no effect.
void clock_advance(double seconds);
// Virtual mode: now = t exactly (the oracle's `CLOCK.now = target`). Real mode: no effect.
void clock_set(double t);
// A blocking time.sleep(seconds): on a worker thread the worker hooks park it (worker_hooks.h);
// on the loop thread virtual mode adds the delay at once and real mode sleeps. The caller checks
// the argument (TypeError / ValueError).
void clock_sleep(double seconds);

// Points interp().now at clock_now so the runtime and modules read this clock.
void clock_install_interp_hook();

}  // namespace al
