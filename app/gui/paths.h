// Where the window keeps its files: the XDG base directories, and the lessons folder.
#pragma once

#include <filesystem>
#include <string>

namespace al::gui {

// $XDG_CONFIG_HOME/awaitlab (default ~/.config/awaitlab): settings.json.
std::filesystem::path config_dir();
// $XDG_DATA_HOME/awaitlab (default ~/.local/share/awaitlab): per-lesson edits.
std::filesystem::path data_dir();
// The lessons folder: $AWAITLAB_LESSONS, else the first "lessons" directory found next to the
// executable or above it (build/app/awaitlab -> ./lessons), else the source tree's.
std::filesystem::path lessons_dir();

// Write `text` to `path` through a temporary file and a rename, so that a reader (the
// end-to-end test, a restart after a crash) never sees half a file. Creates parent folders.
bool write_file_atomic(const std::filesystem::path& path, const std::string& text);
// Read the whole file into `out`; false when it cannot be read.
bool read_file(const std::filesystem::path& path, std::string& out);

}  // namespace al::gui
