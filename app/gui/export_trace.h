// Exports of the run on screen: the Chrome trace JSON Perfetto opens (Ctrl+E) and the text
// timeline `awaitlab run --timeline` prints, written into the user's exports folder.
#pragma once

#include <filesystem>
#include <string>

#include "engine/trace/trace_model.h"

namespace al::gui {

// data_dir()/exports/<stem>-<n>.<ext> for the first n from 1 that does not exist yet.
std::filesystem::path next_export_path(const std::filesystem::path& dir, const std::string& stem,
                                       const std::string& ext);
bool export_chrome_trace(const trace::TraceModel& model, const std::filesystem::path& path);
bool export_text_timeline(const trace::TraceModel& model, const std::filesystem::path& path);

}  // namespace al::gui
