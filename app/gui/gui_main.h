// The window's entry point. app/cli calls it for `awaitlab open [FILE | --lesson ID] [flags]`
// with argv[0] being "open" (the subcommand), so the window parses its own options.
#pragma once

namespace al {

// gui_main()'s status when no window can be opened (no display, GLFW cannot start): the
// caller (./awaitlab) then runs the scenario headless instead. EX_UNAVAILABLE of sysexits.h.
constexpr int kExitNoDisplay = 69;

int gui_main(int argc, char** argv);

}  // namespace al
