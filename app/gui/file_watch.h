// `awaitlab open FILE.py` follows the file: libuv fs events (inotify on Linux) on a private
// uv loop that the GUI thread polls once a frame without blocking. The file's folder is watched,
// not the file, because editors save by writing a new file and renaming it over the old one,
// which ends a watch on the old file's inode.
//
//   FileWatcher w;
//   w.watch("/home/me/demo.py");
//   if (w.poll()) reload();   // each frame: true once after any change to demo.py
#pragma once

#include <filesystem>
#include <memory>
#include <string>

struct uv_loop_s;
struct uv_fs_event_s;

namespace al::gui {

class FileWatcher {
 public:
  FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;
  ~FileWatcher();

  // Starts watching `file` (ending any previous watch); false when its folder cannot be watched.
  bool watch(const std::filesystem::path& file);
  void unwatch();
  bool watching() const { return handle_ != nullptr; }
  // Runs the fs events that arrived; true when the watched file changed since the last call.
  bool poll();

 private:
  static void on_event(uv_fs_event_s* handle, const char* name, int events, int status);

  std::unique_ptr<uv_loop_s> loop_;
  uv_fs_event_s* handle_ = nullptr;
  std::string name_;  // the file's name in the watched folder
  bool changed_ = false;
};

}  // namespace al::gui
