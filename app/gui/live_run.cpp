#include "app/gui/live_run.h"

#include <chrono>

#include "app/gui/demo_trace.h"
#include "app/gui/engine_runner.h"

namespace al::gui {

LiveRun::~LiveRun() {
  stop();
}

RunResult LiveRun::start(const std::string& source, const std::string& filename, bool demo,
                         double sync_wait) {
  auto t0 = std::chrono::steady_clock::now();
  if (active()) {
    stop();
    collect();
  }
  RunResult out;
  if (check_syntax(source, filename, out)) {
    out.recorder = std::make_unique<trace::Recorder>();
    if (demo || !scenario_runner()) {
      record_demo_trace(*out.recorder);
      out.kind = RunKind::synthetic;
    } else {
      done_ = false;
      stop_requested_ = false;
      // A Stop left over from the previous run must not end this one.
      clear_engine_stop();
      started_ = true;
      trace::Recorder* rec = out.recorder.get();
      ScenarioRunner runner = scenario_runner();
      thread_ = std::thread([this, runner, source, filename, rec] {
        ScenarioOutcome o = runner(source, filename, *rec);
        std::lock_guard<std::mutex> lock(mutex_);
        outcome_ = std::move(o);
        done_ = true;
        done_cv_.notify_all();
      });
      if (wait_for(sync_wait)) {
        ScenarioOutcome o = collect();
        out.exit_status = o.exit_status;
        out.errors = std::move(o.errors);
        out.kind = o.exit_status == 0 ? RunKind::ok : RunKind::failed;
      } else {
        out.kind = RunKind::running;
      }
    }
    out.model = std::make_unique<trace::TraceModel>(*out.recorder);
  }
  out.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return out;
}

bool LiveRun::wait_for(double seconds) {
  std::unique_lock<std::mutex> lock(mutex_);
  return done_cv_.wait_for(lock, std::chrono::duration<double>(seconds), [this] { return done_; });
}

bool LiveRun::finished() {
  if (!active()) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  return done_;
}

ScenarioOutcome LiveRun::collect() {
  if (thread_.joinable()) thread_.join();
  ScenarioOutcome o = std::move(outcome_);
  outcome_ = {};
  done_ = false;
  started_ = false;
  return o;
}

void LiveRun::stop() {
  if (!thread_.joinable()) return;
  if (!finished()) {
    stop_requested_ = true;
    stop_engine_run();
  }
  thread_.join();
}

}  // namespace al::gui
