// The scenario sandbox (developers' guide, non-negotiable 5): scripts read and write files only
// inside the run's workspace folder, and cannot start processes or load native code. Every
// refusal is a PermissionError whose message starts with kSandboxPrefix and says why.
//
// The workspace is chosen by whoever starts the run: `awaitlab run FILE.py` uses FILE's folder
// (or `--workspace DIR`), the window uses the lesson's folder. Relative paths in scripts resolve
// against it, as they would against the working directory of `cd FOLDER && python3 FILE.py`.
#pragma once

#include <optional>
#include <string>

namespace al {

inline constexpr const char* kSandboxPrefix = "awaitlab runs scenarios in a sandbox: ";

// Sets the workspace folder (it must exist; it is stored as its canonical absolute path).
// Returns false, leaving the workspace unchanged, when `dir` is not an existing folder. An empty
// `dir` clears it: then every file access is refused.
bool sandbox_set_workspace(const std::string& dir);
const std::string& sandbox_workspace();

// What the sandbox makes of a path a script passes to open(), os.* or os.path.*.
struct SandboxPath {
  std::string os_path;   // what to hand to the OS: `path`, made absolute against the workspace
  std::string resolved;  // where it leads after `..` and every symlink (also for missing files)
  std::optional<std::string> refusal;  // why it is refused (without the prefix), or nothing
};
SandboxPath sandbox_check(const std::string& path);

// os_path of an allowed path; raises PermissionError(kSandboxPrefix + refusal) otherwise.
std::string sandbox_path(const std::string& path);

// Raises PermissionError(kSandboxPrefix + why).
[[noreturn]] void sandbox_deny(const std::string& why);

// In the window, the process is the window: a signal a script sends itself (os.kill,
// signal.raise_signal) whose default action would end or stop the process must end only the
// run. With this on, sandbox_check_self_signal(sig) ends the run for such a signal as the
// window's Stop button does (request_run_stop in run.h: an uncaught KeyboardInterrupt that no
// handler can catch), raising at once; the signal is never delivered. Off (the CLI), it does
// nothing: the process dies as CPython's would.
void sandbox_set_signals_end_run(bool on);
void sandbox_check_self_signal(int sig);

}  // namespace al
