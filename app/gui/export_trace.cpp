#include "app/gui/export_trace.h"

#include "app/gui/paths.h"
#include "engine/trace/chrome_trace.h"
#include "engine/trace/text_timeline.h"

namespace al::gui {

std::filesystem::path next_export_path(const std::filesystem::path& dir, const std::string& stem,
                                       const std::string& ext) {
  for (int n = 1;; ++n) {
    std::filesystem::path p = dir / (stem + "-" + std::to_string(n) + "." + ext);
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) return p;
  }
}

bool export_chrome_trace(const trace::TraceModel& model, const std::filesystem::path& path) {
  return write_file_atomic(path, trace::chrome_trace_json(model));
}

bool export_text_timeline(const trace::TraceModel& model, const std::filesystem::path& path) {
  trace::TextTimelineOptions o;
  o.columns = 120;
  o.width = 180;
  return write_file_atomic(path, trace::render_text_timeline(model, o));
}

}  // namespace al::gui
