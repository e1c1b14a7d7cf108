// The scenario sandbox (see sandbox.h). Paths are resolved the way the kernel's path walk does
// (POSIX path_resolution(7)): component by component, following every symlink with lstat and
// readlink, so `..` after a symlink climbs from the link's target. Components that do not exist
// yet (a file about to be created) are appended as they are; a `..` after one of them is applied
// lexically, which the OS would refuse anyway (ENOENT).
#include "engine/vm/sandbox.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/str.h"
#include "engine/vm/run.h"

namespace al {

namespace {

std::string& workspace() {
  static std::string w;
  return w;
}

// Linux's limit on symlinks followed in one path walk (MAXSYMLINKS).
constexpr int kMaxSymlinks = 40;

// Pushes the components of `path` so that the first one is popped first.
void push_components(std::vector<std::string>& todo, const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    if (slash > start) parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  todo.insert(todo.end(), parts.rbegin(), parts.rend());
}

std::string parent_of(const std::string& dir) {
  const size_t slash = dir.rfind('/');
  return slash == 0 || slash == std::string::npos ? "/" : dir.substr(0, slash);
}

// The physical path `path` leads to from `base`; nullopt on a symlink loop.
std::optional<std::string> resolve(const std::string& base, const std::string& path) {
  std::string cur = !path.empty() && path[0] == '/' ? "/" : base;
  std::vector<std::string> todo;
  push_components(todo, path);
  int links = 0;
  while (!todo.empty()) {
    std::string c = std::move(todo.back());
    todo.pop_back();
    if (c == ".") continue;
    if (c == "..") {
      cur = parent_of(cur);
      continue;
    }
    std::string next = cur == "/" ? "/" + c : cur + "/" + c;
    struct stat st;
    if (::lstat(next.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
      if (++links > kMaxSymlinks) return std::nullopt;
      std::string target(size_t(PATH_MAX), '\0');
      const ssize_t n = ::readlink(next.c_str(), target.data(), target.size());
      if (n < 0) return std::nullopt;
      target.resize(size_t(n));
      if (!target.empty() && target[0] == '/') cur = "/";
      push_components(todo, target);
      continue;
    }
    cur = std::move(next);
  }
  return cur;
}

}  // namespace

bool sandbox_set_workspace(const std::string& dir) {
  if (dir.empty()) {
    workspace().clear();
    return true;
  }
  char buf[PATH_MAX];
  struct stat st;
  if (!::realpath(dir.c_str(), buf) || ::stat(buf, &st) != 0 || !S_ISDIR(st.st_mode)) {
    return false;
  }
  workspace() = buf;
  return true;
}

const std::string& sandbox_workspace() {
  return workspace();
}

SandboxPath sandbox_check(const std::string& path) {
  SandboxPath out;
  const std::string& ws = workspace();
  if (ws.empty()) {
    out.refusal = "this run has no workspace folder, so it cannot use " + str_repr(path);
    return out;
  }
  // "" stays "" so that the OS reports ENOENT for it, as CPython's open('') does.
  out.os_path = path.empty() || path[0] == '/' ? path : ws + "/" + path;
  std::optional<std::string> resolved = resolve(ws, path);
  if (!resolved) {
    out.refusal = str_repr(path) + " has too many levels of symbolic links";
    return out;
  }
  out.resolved = *resolved;
  const std::string& r = out.resolved;
  const bool inside = r == ws || (r.size() > ws.size() && r.compare(0, ws.size(), ws) == 0 &&
                                  (ws == "/" || r[ws.size()] == '/'));
  if (!inside) {
    out.refusal = str_repr(path) + " is outside the workspace folder " + ws;
    return out;
  }
  // Names starting with a dot hold settings, keys and repositories (.ssh, .git, .bashrc): a
  // workspace that is someone's home folder must not expose them.
  const size_t rel = ws == "/" ? 1 : ws.size() + 1;
  for (size_t pos = rel; pos < r.size();) {
    if (r[pos] == '.') {
      out.refusal = str_repr(path) + " is a hidden file or folder (its name starts with a dot)";
      return out;
    }
    const size_t slash = r.find('/', pos);
    if (slash == std::string::npos) break;
    pos = slash + 1;
  }
  return out;
}

std::string sandbox_path(const std::string& path) {
  // CPython: Modules/posixmodule.c path_converter.
  if (path.find('\0') != std::string::npos) raise(exc::ValueError, "embedded null byte");
  SandboxPath p = sandbox_check(path);
  if (p.refusal) sandbox_deny(*p.refusal);
  return p.os_path;
}

namespace {
std::atomic<bool> g_signals_end_run{false};
}  // namespace

void sandbox_set_signals_end_run(bool on) {
  g_signals_end_run.store(on);
}

void sandbox_check_self_signal(int sig) {
  if (!g_signals_end_run.load() || sig <= 0 || sig >= NSIG) return;
  struct sigaction current {};
  if (::sigaction(sig, nullptr, &current) != 0 || current.sa_handler != SIG_DFL) return;
  // signal(7): these are ignored by default; every other default ends or stops the process.
  if (sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH) return;
  request_run_stop();
  raise(exc::KeyboardInterrupt, "");
}

void sandbox_deny(const std::string& why) {
  raise(exc::PermissionError, std::string(kSandboxPrefix) + why);
}

}  // namespace al
