// `awaitlab-gui [open] [options]`: the window without the CLI, until app/cli dispatches
// `awaitlab open` to gui_main() itself; it accepts the same command line.
#include <string_view>

#include "app/gui/gui_main.h"

int main(int argc, char** argv) {
    if (argc > 1 && std::string_view(argv[1]) == "open") return al::gui_main(argc - 1, argv + 1);
    return al::gui_main(argc, argv);
}
