// The learner's edits, one file per lesson in $XDG_DATA_HOME/awaitlab/edits/<lesson-id>.py:
// saved shortly after each change (debounced) and at exit, restored when the lesson opens.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace al::gui {

class EditStore {
 public:
  explicit EditStore(std::filesystem::path dir) : dir_(std::move(dir)) {}

  std::filesystem::path path_for(const std::string& key) const;
  // The saved edit of `key`, if there is one.
  std::optional<std::string> load(const std::string& key) const;
  // Remembers `text` as the edit of `key`; written by flush() once `delay` seconds passed
  // since the last change.
  void changed(const std::string& key, std::string text, double now);
  // Writes the pending edit when it is due (or always with `force`); true when it wrote.
  bool flush(double now, bool force = false);
  // Forgets the edit of `key` (Reset to original): deletes its file.
  void discard(const std::string& key);
  bool pending() const { return pending_; }

  static constexpr double kDelay = 0.5;

 private:
  std::filesystem::path dir_;
  std::string key_, text_;
  double changed_at_ = 0;
  bool pending_ = false;
};

// A file-name-safe key for a lesson id or a scenario path.
std::string edit_key_for_lesson(const std::string& lesson_id);
std::string edit_key_for_file(const std::filesystem::path& file);

}  // namespace al::gui
