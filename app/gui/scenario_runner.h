// How the window runs a scenario: check its syntax with the engine's front end, then hand it to
// the registered runner, which records the run into a trace::Recorder. gui_main() registers the
// interpreter (engine_runner.h) unless a runner was set before (tests can set their own);
// without one, and for the demo, the window shows the synthetic demo trace and says so.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/gui/code_editor.h"
#include "engine/trace/recorder.h"
#include "engine/trace/trace_model.h"

namespace al::gui {

// What the interpreter reports besides the trace.
struct ScenarioOutcome {
  int exit_status = 0;              // as `awaitlab run` documents: 0, 1, 3
  std::vector<ErrorMarker> errors;  // uncaught exception (innermost frame of the scenario),
                                    // deadlock or blocked loop, at their lines
};

// Runs `source` (named `filename` in tracebacks) to completion, recording into `rec`.
using ScenarioRunner = std::function<ScenarioOutcome(
    const std::string& source, const std::string& filename, trace::Recorder& rec)>;

void set_scenario_runner(ScenarioRunner runner);
bool has_scenario_runner();
const ScenarioRunner& scenario_runner();

// running: a live run still on its thread (live_run.h); stopped: ended by Stop.
enum class RunKind { none, ok, syntax_error, failed, synthetic, running, stopped };

// One run: its trace and what went wrong.
struct RunResult {
  std::unique_ptr<trace::Recorder> recorder;
  std::unique_ptr<trace::TraceModel> model;  // null when nothing ran (syntax error)
  std::vector<ErrorMarker> errors;
  RunKind kind = RunKind::none;
  int exit_status = 0;
  double milliseconds = 0;  // from the rerun request to the model being ready
};

// The front end's verdict on `source`: true when it compiles; else `out` holds the
// syntax_error result (kind, exit status 1, the error at its line).
bool check_syntax(const std::string& source, const std::string& filename, RunResult& out);

// Checks and runs `source`. With `demo`, or when no interpreter is registered, the trace is
// the synthetic demo trace (after the syntax check, so typing errors still show).
RunResult run_scenario(const std::string& source, const std::string& filename, bool demo);

}  // namespace al::gui
