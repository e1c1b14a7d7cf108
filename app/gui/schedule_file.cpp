#include "app/gui/schedule_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace al::gui {

namespace {
// A schedule names one task per decision: anything larger is not one of ours.
constexpr std::uintmax_t kMaxScheduleBytes = 4u << 20;
}  // namespace

ScheduleFile load_schedule_file(const std::filesystem::path& path) {
  ScheduleFile out;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    out.error = "sched.err_unreadable";
    return out;
  }
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxScheduleBytes) {
    out.error = ec ? "sched.err_unreadable" : "sched.err_malformed";
    return out;
  }
  std::ifstream f(path, std::ios::binary);
  std::stringstream text;
  text << f.rdbuf();
  if (!f) {
    out.error = "sched.err_unreadable";
    return out;
  }
  if (!schedule_from_json(text.str(), out.schedule)) {
    out.error = "sched.err_malformed";
    return out;
  }
  out.ok = true;
  return out;
}

std::vector<std::filesystem::path> schedule_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const std::string suffix = ".schedule.json";
    if (name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
        it->is_regular_file(ec))
      out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace al::gui
