// The learner's progress through the lessons, kept in $XDG_DATA_HOME/awaitlab/progress.json:
// which lessons were opened, which questions answered (and how), and whether predict mode is on,
// so they survive a restart like the settings do.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace al::gui {

struct LessonProgress {
  bool visited = false;
  bool answered = false;
  bool correct = false;
  std::vector<std::string> answer;  // order: the lines as placed; next: the chosen task
};

struct Progress {
  std::map<std::string, LessonProgress> lessons;
  bool predict_first = true;  // hide the run until the question is answered

  const LessonProgress& of(const std::string& id) const;
  int answered_count() const;
};

std::filesystem::path progress_path();  // data_dir()/progress.json
// A missing or broken file gives empty progress; it never stops the window.
Progress load_progress(const std::filesystem::path& path);
bool save_progress(const std::filesystem::path& path, const Progress& p);
std::string to_json(const Progress& p);
Progress progress_from_json(const std::string& text);

}  // namespace al::gui
