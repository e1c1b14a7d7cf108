#include "app/gui/paths.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace al::gui {

namespace fs = std::filesystem;

namespace {

fs::path home_dir() {
  const char* home = std::getenv("HOME");
  return fs::path(home && *home ? home : "/tmp");
}

fs::path xdg_dir(const char* var, const char* fallback_under_home) {
  const char* v = std::getenv(var);
  // The XDG spec says relative paths in these variables are invalid and must be ignored.
  if (v && *v == '/') return fs::path(v) / "awaitlab";
  return home_dir() / fallback_under_home / "awaitlab";
}

fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path() : exe.parent_path();
}

}  // namespace

fs::path config_dir() {
  return xdg_dir("XDG_CONFIG_HOME", ".config");
}

fs::path data_dir() {
  return xdg_dir("XDG_DATA_HOME", ".local/share");
}

fs::path lessons_dir() {
  if (const char* v = std::getenv("AWAITLAB_LESSONS"); v && *v) return fs::path(v);
  std::error_code ec;
  for (fs::path dir = executable_dir(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_directory(dir / "lessons", ec)) return dir / "lessons";
    if (dir == dir.parent_path()) break;
  }
  return fs::path(AWAITLAB_SOURCE_DIR) / "lessons";
}

bool write_file_atomic(const fs::path& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  fs::path tmp = path;
  tmp += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << text;
    if (!out.flush()) return false;
  }
  fs::rename(tmp, path, ec);
  return !ec;
}

bool read_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace al::gui
