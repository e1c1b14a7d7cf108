#include "app/gui/lessons.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/gui/paths.h"

namespace al::gui {

namespace fs = std::filesystem;

namespace {

// The file names a lesson's text may have, most specific first.
std::vector<std::string> text_names(const char* lang) {
  std::string l = lang;
  return {"lesson." + l + ".md", l + ".md", "text." + l + ".md", "README." + l + ".md"};
}

std::string first_heading(const std::string& markdown) {
  std::size_t pos = 0;
  while (pos < markdown.size()) {
    std::size_t end = markdown.find('\n', pos);
    if (end == std::string::npos) end = markdown.size();
    std::string_view line(markdown.data() + pos, end - pos);
    if (line.starts_with("# ")) return std::string(line.substr(2));
    pos = end + 1;
  }
  return {};
}

std::string read_text(const fs::path& dir, const char* lang) {
  std::string text;
  for (const std::string& name : text_names(lang))
    if (read_file(dir / name, text)) return text;
  return {};
}

Lesson make_lesson(const fs::path& dir, const std::string& id) {
  Lesson l;
  l.id = id;
  l.dir = dir;
  l.scenario = dir / "scenario.py";
  l.title_en = first_heading(read_text(dir, "en"));
  l.title_zh = first_heading(read_text(dir, "zh"));
  if (l.title_en.empty()) l.title_en = id;
  return l;
}

}  // namespace

std::string Lesson::text(Lang lang) const {
  std::string t = read_text(dir, language_code(lang));
  return t.empty() && lang != Lang::en ? read_text(dir, "en") : t;
}

void LessonCatalog::load(const fs::path& dir) {
  dir_ = dir;
  lessons_.clear();
  std::error_code ec;
  std::string index;
  if (read_file(dir / "index.json", index)) {
    auto j = nlohmann::json::parse(index, nullptr, false);
    const auto& list = j.is_object() && j.contains("lessons") ? j["lessons"] : j;
    if (list.is_array()) {
      for (const auto& e : list) {
        std::string id = e.is_string()   ? e.get<std::string>()
                         : e.is_object() ? e.value("id", std::string())
                                         : std::string();
        std::string folder = e.is_object() ? e.value("folder", id) : id;
        if (id.empty() || !fs::exists(dir / folder / "scenario.py", ec)) continue;
        Lesson l = make_lesson(dir / folder, id);
        if (e.is_object() && e.contains("title")) {
          const auto& t = e["title"];
          if (t.is_object()) {
            l.title_en = t.value("en", l.title_en);
            l.title_zh = t.value("zh", l.title_zh);
          } else if (t.is_string()) {
            l.title_en = t.get<std::string>();
          }
        }
        if (e.is_object() && e.contains("title_zh") && e["title_zh"].is_string())
          l.title_zh = e["title_zh"].get<std::string>();
        lessons_.push_back(std::move(l));
      }
      if (!lessons_.empty()) return;
    }
  }
  if (!fs::is_directory(dir, ec)) return;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_directory() || !fs::exists(entry.path() / "scenario.py", ec)) continue;
    lessons_.push_back(make_lesson(entry.path(), entry.path().filename().string()));
  }
  std::sort(lessons_.begin(), lessons_.end(),
            [](const Lesson& a, const Lesson& b) { return a.id < b.id; });
}

const Lesson* LessonCatalog::find(const std::string& id) const {
  for (const Lesson& l : lessons_)
    if (l.id == id) return &l;
  // A number ("5", "05") names the lesson whose id starts with it ("05-as-completed").
  if (id.empty() || id.size() > 3 || id.find_first_not_of("0123456789") != std::string::npos)
    return nullptr;
  int n = std::stoi(id);
  for (const Lesson& l : lessons_) {
    std::size_t dash = l.id.find('-');
    if (dash != std::string::npos && dash > 0 && l.id.find_first_not_of("0123456789") == dash &&
        std::stoi(l.id.substr(0, dash)) == n)
      return &l;
  }
  return nullptr;
}

}  // namespace al::gui
