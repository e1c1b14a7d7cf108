// The window's entry point. app/cli calls it for `awaitlab open [FILE | --lesson ID] [flags]`
// with argv[0] being "open" (the subcommand), so the window parses its own options.
#pragma once

namespace al {

int gui_main(int argc, char** argv);

}  // namespace al
