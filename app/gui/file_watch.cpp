#include "app/gui/file_watch.h"

#include <uv.h>

namespace al::gui {

FileWatcher::FileWatcher() : loop_(std::make_unique<uv_loop_t>()) {
  uv_loop_init(loop_.get());
}

FileWatcher::~FileWatcher() {
  unwatch();
  uv_loop_close(loop_.get());
}

bool FileWatcher::watch(const std::filesystem::path& file) {
  unwatch();
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(file, ec);
  if (ec) return false;
  auto* h = new uv_fs_event_t;
  uv_fs_event_init(loop_.get(), h);
  h->data = this;
  std::string dir = abs.parent_path().string();
  if (uv_fs_event_start(h, on_event, dir.c_str(), 0) != 0) {
    uv_close(reinterpret_cast<uv_handle_t*>(h),
             [](uv_handle_t* x) { delete reinterpret_cast<uv_fs_event_t*>(x); });
    uv_run(loop_.get(), UV_RUN_NOWAIT);
    return false;
  }
  handle_ = h;
  name_ = abs.filename().string();
  changed_ = false;
  return true;
}

void FileWatcher::unwatch() {
  if (!handle_) return;
  uv_fs_event_stop(handle_);
  uv_close(reinterpret_cast<uv_handle_t*>(handle_),
           [](uv_handle_t* x) { delete reinterpret_cast<uv_fs_event_t*>(x); });
  handle_ = nullptr;
  // Runs the close callback, which frees the handle.
  uv_run(loop_.get(), UV_RUN_NOWAIT);
}

bool FileWatcher::poll() {
  if (!handle_) return false;
  uv_run(loop_.get(), UV_RUN_NOWAIT);
  bool c = changed_;
  changed_ = false;
  return c;
}

void FileWatcher::on_event(uv_fs_event_t* handle, const char* name, int, int status) {
  auto* self = static_cast<FileWatcher*>(handle->data);
  // Without a name (some file systems) any change in the folder counts.
  if (status == 0 && (!name || self->name_ == name)) self->changed_ = true;
}

}  // namespace al::gui
