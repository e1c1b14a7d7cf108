#include "engine/loop/clock.h"

#include <cmath>
#include <ctime>

#include "engine/loop/worker_hooks.h"
#include "engine/runtime/interp.h"

namespace al {

namespace {

struct ClockState {
  ClockMode mode = ClockMode::Virtual;
  double now = 0.0;
  // Real mode: CLOCK_MONOTONIC at the run's start, so loop.time() starts near 0 as in virtual
  // mode (CPython's origin is unspecified; only differences mean anything) and traces read
  // "t = 1.2 s", not the machine's uptime.
  int64_t origin_ns = 0;
};

ClockState& state() {
  static ClockState s;
  return s;
}

int64_t monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Since the run's start (clock_reset).
double monotonic_seconds() {
  return double(monotonic_ns() - state().origin_ns) * 1e-9;
}

double realtime_seconds() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// Python's round() of a double to the nearest integer, ties to even.
int64_t round_half_even(double x) {
  return int64_t(std::nearbyint(x));
}

}  // namespace

void clock_reset(ClockMode mode) {
  state().mode = mode;
  state().now = 0.0;
  state().origin_ns = monotonic_ns();
}

ClockMode clock_mode() {
  return state().mode;
}
bool clock_is_virtual() {
  return state().mode == ClockMode::Virtual;
}

double clock_now() {
  const ClockState& s = state();
  return s.mode == ClockMode::Virtual ? s.now : monotonic_seconds();
}

double clock_wall() {
  const ClockState& s = state();
  return s.mode == ClockMode::Virtual ? kFixedEpoch + s.now : realtime_seconds();
}

int64_t clock_now_ns() {
  if (state().mode == ClockMode::Virtual) return round_half_even(state().now * 1e9);
  return monotonic_ns() - state().origin_ns;
}

int64_t clock_wall_ns() {
  if (state().mode == ClockMode::Virtual) return kFixedEpochNs + round_half_even(state().now * 1e9);
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void clock_advance(double seconds) {
  ClockState& s = state();
  if (s.mode == ClockMode::Virtual) s.now += seconds;
}

void clock_set(double t) {
  ClockState& s = state();
  if (s.mode == ClockMode::Virtual) s.now = t;
}

void clock_sleep(double seconds) {
  if (g_worker_hooks && g_worker_hooks->sleep(seconds)) return;
  ClockState& s = state();
  if (s.mode == ClockMode::Virtual) {
    s.now = s.now + seconds;
    return;
  }
  if (seconds <= 0) return;
  timespec req;
  req.tv_sec = time_t(seconds);
  req.tv_nsec = long((seconds - double(req.tv_sec)) * 1e9);
  while (nanosleep(&req, &req) != 0) {
  }
}

void clock_install_interp_hook() {
  interp().now = clock_now;
}

}  // namespace al
