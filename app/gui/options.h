// Command-line options of `awaitlab open`.
#pragma once

#include <optional>
#include <string>

namespace al::gui {

struct Options {
  std::string file;           // a scenario file to open (watched for changes)
  std::string lesson;         // or a lesson id
  std::string screenshot;     // PNG written after `screenshot_after` frames and on F12
  int screenshot_after = -1;  // -1: only on F12
  std::string dump_state;     // JSON written on every state change and at exit
  int exit_after_frames = -1;
  int bench_frames = -1;  // frame-time benchmark over a synthetic 1,000,000-event trace
  int bench_events = 1000000;
  int bench_reruns = -1;                // rerun-latency benchmark on the opened scenario
  std::optional<std::string> language;  // overrides the saved language ("en" / "zh")
  std::optional<std::string> theme;     // overrides the saved theme ("dark" / "light")
  int width = -1, height = -1;          // overrides the saved window size
  bool demo = false;                    // open a synthetic trace instead of running code
  std::string clock = "virtual";        // the clock of the runs: "virtual" or "real"
  std::string schedule;                 // a be-the-scheduler schedule JSON to replay at start
};

// Parses `argv` (argv[0] is the subcommand or program name). Returns the exit status when the
// program should stop (--help, a bad option), nothing when the window should open.
std::optional<int> parse_options(int argc, char** argv, Options& out);

}  // namespace al::gui
