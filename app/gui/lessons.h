// The lessons the picker lists: lessons/<folder>/scenario.py with its text in English and
// Chinese (en.md, zh.md), in the order of lessons/index.json ({"lessons": [{"id", "folder",
// "title": {"en", "zh"}}]}) when there is one, else every folder with a scenario.py by name.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/gui/i18n.h"

namespace al::gui {

struct Lesson {
  std::string id;
  std::string title_en, title_zh;
  std::filesystem::path dir;
  std::filesystem::path scenario;  // scenario.py

  const std::string& title(Lang lang) const {
    return lang == Lang::zh && !title_zh.empty() ? title_zh : title_en;
  }
  // The lesson's Markdown text in `lang` (falling back to English), or empty.
  std::string text(Lang lang) const;
};

class LessonCatalog {
 public:
  void load(const std::filesystem::path& dir);
  const std::vector<Lesson>& lessons() const { return lessons_; }
  const Lesson* find(const std::string& id) const;
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  std::vector<Lesson> lessons_;
};

}  // namespace al::gui
