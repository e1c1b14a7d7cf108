#include "app/gui/scenario_runner.h"

#include <chrono>

#include "app/gui/demo_trace.h"
#include "engine/compiler/parser.h"

namespace al::gui {

namespace {

ScenarioRunner& runner() {
  static ScenarioRunner r;
  return r;
}

}  // namespace

void set_scenario_runner(ScenarioRunner r) {
  runner() = std::move(r);
}
bool has_scenario_runner() {
  return static_cast<bool>(runner());
}
const ScenarioRunner& scenario_runner() {
  return runner();
}

bool check_syntax(const std::string& source, const std::string& filename, RunResult& out) {
  try {
    parse_module(source, filename);
    return true;
  } catch (const SyntaxErrorException& e) {
    const SyntaxErrorInfo& info = e.info();
    out.errors.push_back(
        ErrorMarker{info.located ? info.lineno : 1, info.offset, info.kind + ": " + info.msg});
  } catch (const CompilerLimitError& e) {
    out.errors.push_back(ErrorMarker{1, 0, e.type_name() + ": " + e.what()});
  }
  out.kind = RunKind::syntax_error;
  out.exit_status = 1;
  return false;
}

RunResult run_scenario(const std::string& source, const std::string& filename, bool demo) {
  auto t0 = std::chrono::steady_clock::now();
  RunResult out;
  check_syntax(source, filename, out);
  if (out.kind == RunKind::none) {
    out.recorder = std::make_unique<trace::Recorder>();
    if (demo || !runner()) {
      record_demo_trace(*out.recorder);
      out.kind = RunKind::synthetic;
    } else {
      ScenarioOutcome r = runner()(source, filename, *out.recorder);
      out.exit_status = r.exit_status;
      out.errors = std::move(r.errors);
      out.kind = r.exit_status == 0 ? RunKind::ok : RunKind::failed;
    }
    out.model = std::make_unique<trace::TraceModel>(*out.recorder);
  }
  out.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return out;
}

}  // namespace al::gui
