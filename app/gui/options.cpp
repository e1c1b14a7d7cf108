#include "app/gui/options.h"

#include <CLI/CLI.hpp>

namespace al::gui {

std::optional<int> parse_options(int argc, char** argv, Options& out) {
  CLI::App app{"awaitlab open: the window that shows how asyncio schedules your tasks", "open"};
  auto* file =
      app.add_option("file", out.file, "Scenario file to open; it reruns whenever it changes");
  app.add_option("--lesson", out.lesson, "Lesson id to open")->excludes(file);
  app.add_option("--screenshot", out.screenshot,
                 "Write the window as PNG here (after --screenshot-after frames, and on F12)");
  app.add_option("--screenshot-after", out.screenshot_after,
                 "Frames to render before the automatic screenshot");
  app.add_option("--dump-state", out.dump_state,
                 "Write the window's state as JSON here on every change and at exit");
  app.add_option("--exit-after-frames", out.exit_after_frames, "Quit after this many frames");
  app.add_option("--bench-frames", out.bench_frames,
                 "Print min/median/max CPU frame build time over this many frames of a "
                 "synthetic trace, then quit");
  app.add_option("--bench-reruns", out.bench_reruns,
                 "Print min/median/max time from the rerun key to the new timeline's first frame "
                 "over this many reruns of the opened scenario, then quit");
  app.add_option("--bench-events", out.bench_events, "Events in the benchmark's trace");
  app.add_option("--lang", out.language, "UI language for this session (en, zh)")
      ->check(CLI::IsMember({"en", "zh"}));
  app.add_option("--theme", out.theme, "Theme for this session (dark, light)")
      ->check(CLI::IsMember({"dark", "light"}));
  app.add_option("--width", out.width, "Window width in pixels");
  app.add_option("--height", out.height, "Window height in pixels");
  app.add_option("--clock", out.clock, "virtual (time jumps when the loop is idle) or real")
      ->check(CLI::IsMember({"virtual", "real"}));
  app.add_option("--schedule", out.schedule,
                 "Be the scheduler from the start, replaying this schedule JSON "
                 "({\"schedule\": [task names]}, as File > Export schedule writes)");
  app.add_flag("--demo", out.demo, "Show a synthetic trace instead of running the code");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return std::nullopt;
}

}  // namespace al::gui
