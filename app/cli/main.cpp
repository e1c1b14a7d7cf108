// `awaitlab run [--clock virtual|real] [--trace OUT.json] [--timeline]
//               [--watchdog-instructions N] [--workspace DIR] FILE.py [args...]`:
// runs a script as CPython 3.11 would and exits with its status (0, 1 for an uncaught exception
// or SyntaxError, the SystemExit code, 3 for a deadlock or a blocked event loop). stdout is the
// script's; diagnostics and the --timeline go to stderr.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <memory>

#include "engine/asyncio/session.h"
#include "engine/asyncio/watchdog.h"
#include "engine/trace/chrome_trace.h"
#include "engine/trace/text_timeline.h"
#include "engine/trace/trace_model.h"
#include "engine/vm/run.h"
#include "engine/vm/sandbox.h"
#include "engine/vm/signal_wake.h"
#ifdef AWAITLAB_HAS_GUI
#include "app/gui/gui_main.h"
#endif

namespace al {
extern std::atomic<bool> g_eval_breaker;
}

namespace {

void on_sigint(int) {
  al::g_eval_breaker.store(true);
  al::wake_for_signal();
}

// The run's trace outputs, also written when a deadlock report ends the process.
std::unique_ptr<al::trace::Recorder> g_recorder;
std::string g_trace_path;
bool g_timeline = false;

void write_trace_outputs(int) {
  if (!g_recorder) return;
  if (!g_trace_path.empty()) {
    // Streams over the recorder's events; no TraceModel is built for it.
    std::ofstream out(g_trace_path, std::ios::binary);
    if (out) {
      al::trace::write_chrome_trace(*g_recorder, out);
    } else {
      std::fprintf(stderr, "awaitlab: cannot write %s\n", g_trace_path.c_str());
    }
  }
  if (g_timeline) {
    // The timeline never asks for the state at an event, so the model keeps no snapshots.
    al::trace::TraceModel model(*g_recorder, UINT32_MAX);
    model.update();
    std::fflush(stdout);
    std::string text = al::trace::render_text_timeline(model);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
}

}  // namespace

int main(int argc, char** argv) {
  // `open` belongs to the window, which parses its own options; `--has-gui` lets scripts ask.
  if (argc > 1 && std::string(argv[1]) == "--has-gui") {
#ifdef AWAITLAB_HAS_GUI
    return 0;
#else
    return 1;
#endif
  }
  if (argc > 1 && std::string(argv[1]) == "open") {
#ifdef AWAITLAB_HAS_GUI
    return al::gui_main(argc - 1, argv + 1);
#else
    std::fprintf(stderr,
                 "awaitlab: this build has no window (configured with AWAITLAB_GUI=OFF); "
                 "use `awaitlab run --timeline FILE.py`\n");
    return 2;
#endif
  }
  CLI::App app{"awaitlab: a Python 3.11 asyncio sandbox"};
  app.require_subcommand(1);
  CLI::App* run = app.add_subcommand("run", "Run a Python script");
  std::string clock = "virtual";
  uint64_t watchdog = al::kDefaultWatchdogBudget;
  run->add_option("--clock", clock, "virtual (time jumps when the loop is idle) or real")
      ->check(CLI::IsMember({"virtual", "real"}));
  run->add_option("--trace", g_trace_path, "write the scheduling trace as Chrome Trace Event JSON");
  run->add_flag("--timeline", g_timeline, "print a text timeline of the tasks on stderr");
  run->add_option("--watchdog-instructions", watchdog,
                  "stop a task step that runs this many instructions without awaiting (0: off)");
  std::string workspace;
  run->add_option("--workspace", workspace,
                  "the only folder the script may read and write (default: the script's folder)");
  run->prefix_command();
  std::string dis_file;
  CLI::App* dis = app.add_subcommand("dis", "Print the bytecode of a script (debugging aid)");
  dis->add_option("file", dis_file)->required();
  CLI11_PARSE(app, argc, argv);

  if (*dis) return al::disassemble_file(dis_file);

  std::vector<std::string> rest = run->remaining();
  if (rest.empty()) {
    std::fprintf(stderr, "awaitlab run: a script path is required\n");
    return 2;
  }
  // The sandbox's workspace (engine/vm/sandbox.h); relative paths in the script start there.
  if (workspace.empty()) {
    workspace = std::filesystem::path(rest[0]).parent_path().string();
    if (workspace.empty()) workspace = ".";
  }
  if (!al::sandbox_set_workspace(workspace)) {
    std::fprintf(stderr, "awaitlab run: the workspace %s is not a folder\n", workspace.c_str());
    return 2;
  }
  std::signal(SIGINT, on_sigint);
  al::SessionOptions options;
  options.clock = clock == "real" ? al::ClockMode::Real : al::ClockMode::Virtual;
  options.watchdog_budget = watchdog;
  options.stop = al::StopPolicy::Exit;
  if (!g_trace_path.empty() || g_timeline) {
    // Wall times only mean something on the real clock; reading the clock costs every event.
    g_recorder = std::make_unique<al::trace::Recorder>(
        al::trace::RecorderOptions{.wall_clock = options.clock == al::ClockMode::Real});
    options.recorder = g_recorder.get();
  }
  al::set_stop_hook(write_trace_outputs);
  al::session_begin(options);
  const int status = al::run_file(rest[0], rest);
  al::session_end();
  write_trace_outputs(status);
  std::fflush(stdout);
  std::fflush(stderr);
  if (status == al::kExitKeyboardInterrupt) {
    // CPython dies from SIGINT after an unhandled KeyboardInterrupt (exit status 130).
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
  return status;
}
