// A run on its own thread, so that the window stays responsive while a program runs: a lesson
// ends within the short synchronous wait and is shown whole, as before; a program that keeps
// running (a server, a periodic task, the real clock) streams its events into the timeline —
// the recorder publishes them for the GUI thread to read (engine/trace/recorder.h) — until it
// ends or Stop ends it.
//
//   LiveRun live;
//   RunResult r = live.start(source, "lesson.py", false, 0.25);  // kind == running: still going
//   ... each frame: if (live.finished()) session.finish(live.collect());
//   live.stop();                                                 // Stop: ends it and waits
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "app/gui/scenario_runner.h"

namespace al::gui {

class LiveRun {
 public:
  LiveRun() = default;
  LiveRun(const LiveRun&) = delete;
  LiveRun& operator=(const LiveRun&) = delete;
  ~LiveRun();

  // Checks the syntax, then runs `source` with the registered runner on a new thread and waits
  // up to `sync_wait` seconds. The result is complete when the run ended in that time (or
  // could not start: a syntax error, the demo); otherwise its kind is `running`, its model
  // reads the trace as it grows, and collect() gives the outcome later. A run still going is
  // stopped first.
  RunResult start(const std::string& source, const std::string& filename, bool demo,
                  double sync_wait);

  // A run was started and its outcome is not collected yet.
  bool active() const { return started_; }
  // The active run's thread has finished.
  bool finished();
  // Joins the finished (or stopped) thread; its outcome, `stopped` when Stop ended it.
  ScenarioOutcome collect();
  // Ends the active run (stop_engine_run) and waits for its thread.
  void stop();
  bool stop_requested() const { return stop_requested_; }

 private:
  bool wait_for(double seconds);

  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false;
  bool started_ = false;
  bool stop_requested_ = false;
  ScenarioOutcome outcome_;
};

}  // namespace al::gui
