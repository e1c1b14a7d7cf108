#include "app/gui/engine_runner.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/gui/i18n.h"
#include "engine/asyncio/asyncio_module.h"
#include "engine/asyncio/deadlock.h"
#include "engine/asyncio/session.h"
#include "engine/loop/event_loop.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/vm/run.h"
#include "engine/vm/sandbox.h"

namespace al::gui {

namespace {

// A lesson never needs more; a program that never ends on the virtual clock (`while True:
// await sleep(1)`) reaches it within seconds, and is stopped there to bound memory.
constexpr uint32_t kMaxEvents = 2'000'000;

std::atomic<ClockMode> g_clock{ClockMode::Virtual};
std::atomic<bool> g_stop_requested{false};

// A deadlock ends the run with SystemExit(3) raised in the script, after the report (which also
// records the Deadlock diagnostics in the trace).
void deadlock_to_system_exit(EventLoop* loop) {
  std::string report = deadlock_report(loop);
  if (interp().err) interp().err(report);
  Value status = int_from(int64_t(kExitDeadlock));
  raise(call(exc::SystemExit, {status.get()}));
}

void install_deadlock_hook(Module*) {
  g_loop_deadlock_hook = deadlock_to_system_exit;
}

std::string last_line(const std::string& text) {
  std::size_t end = text.find_last_not_of('\n');
  if (end == std::string::npos) return {};
  std::size_t start = text.rfind('\n', end);
  return text.substr(start == std::string::npos ? 0 : start + 1,
                     end - (start == std::string::npos ? 0 : start + 1) + 1);
}

}  // namespace

void set_engine_clock(ClockMode mode) {
  g_clock.store(mode);
}
ClockMode engine_clock() {
  return g_clock.load();
}
void stop_engine_run() {
  g_stop_requested.store(true);
  request_run_stop();
}

void clear_engine_stop() {
  g_stop_requested.store(false);
  clear_run_stop();
}

ErrorMarker error_from_traceback(const std::string& err, const std::string& filename) {
  ErrorMarker m;
  std::string needle = "File \"" + filename + "\", line ";
  std::size_t pos = err.rfind(needle);
  if (pos != std::string::npos) m.line = std::atoi(err.c_str() + pos + needle.size());
  m.message = last_line(err);
  return m;
}

ScenarioOutcome run_with_engine(const std::string& source, const std::string& filename,
                                trace::Recorder& rec) {
  ScenarioOutcome out;
  std::string err;
  Interp& in = interp();
  auto saved_out = in.out;
  auto saved_err = in.err;
  // Printed output is in the trace (the console panel); stderr also feeds the error marker.
  in.out = [](std::string_view) {};
  in.err = [&err](std::string_view s) { err += s; };

  static bool hook_added = false;
  if (!hook_added) {
    hook_added = true;
    asyncio_add_extension(install_deadlock_hook);
  }
  SessionOptions options;
  options.recorder = &rec;
  options.stop = StopPolicy::Throw;
  // The blocked-loop watchdog stays on (its report lands in stderr and the trace, and its
  // ProgramStop is a RunAbort that run_source turns into exit status 3); Stop and the guard
  // below end anything else.
  options.clock = g_clock.load();
  session_begin(options);
  // The guard checks the trace's size every 20 ms and wakes at once when the run ends, so it
  // adds nothing to a short run's latency.
  std::mutex guard_mutex;
  std::condition_variable guard_cv;
  bool done = false;
  std::atomic<bool> too_long{false};
  std::thread guard([&] {
    std::unique_lock<std::mutex> lock(guard_mutex);
    while (!guard_cv.wait_for(lock, std::chrono::milliseconds(20), [&] { return done; })) {
      if (rec.size() > kMaxEvents) {
        too_long.store(true);
        stop_engine_run();
        break;
      }
    }
  });
  // A scenario that signals itself must end its run, not the window (engine/vm/sandbox.h).
  sandbox_set_signals_end_run(true);
  out.exit_status = run_source(source, filename, {filename});
  {
    std::lock_guard<std::mutex> lock(guard_mutex);
    done = true;
  }
  guard_cv.notify_all();
  guard.join();
  // A stop ends the script with KeyboardInterrupt: its traceback is not the program's error.
  bool stopped = g_stop_requested.exchange(false);
  clear_run_stop();
  session_end();
  in.out = saved_out;
  in.err = saved_err;

  if (too_long.load()) {
    out.errors.push_back(ErrorMarker{0, 0, trf("run.event_limit", {std::to_string(kMaxEvents)})});
  } else if (!stopped && (out.exit_status == 1 || out.exit_status == kExitKeyboardInterrupt)) {
    ErrorMarker m = error_from_traceback(err, filename);
    if (m.line > 0 || !m.message.empty()) out.errors.push_back(m);
  }
  return out;
}

}  // namespace al::gui
