#include "app/gui/lesson_progress.h"

#include <nlohmann/json.hpp>

#include "app/gui/paths.h"

namespace al::gui {

const LessonProgress& Progress::of(const std::string& id) const {
  static const LessonProgress none;
  auto it = lessons.find(id);
  return it == lessons.end() ? none : it->second;
}

int Progress::answered_count() const {
  int n = 0;
  for (const auto& [id, p] : lessons) n += p.answered;
  return n;
}

std::filesystem::path progress_path() {
  return data_dir() / "progress.json";
}

std::string to_json(const Progress& p) {
  nlohmann::json j;
  j["format"] = 1;
  j["predict_first"] = p.predict_first;
  nlohmann::json lessons = nlohmann::json::object();
  for (const auto& [id, l] : p.lessons)
    lessons[id] = {{"visited", l.visited},
                   {"answered", l.answered},
                   {"correct", l.correct},
                   {"answer", l.answer}};
  j["lessons"] = lessons;
  return j.dump(2) + "\n";
}

Progress progress_from_json(const std::string& text) {
  Progress p;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return p;
  auto flag = [&](const nlohmann::json& o, const char* key, bool& out) {
    if (o.contains(key) && o[key].is_boolean()) out = o[key].get<bool>();
  };
  flag(j, "predict_first", p.predict_first);
  if (!j.contains("lessons") || !j["lessons"].is_object()) return p;
  for (const auto& [id, o] : j["lessons"].items()) {
    if (!o.is_object()) continue;
    LessonProgress l;
    flag(o, "visited", l.visited);
    flag(o, "answered", l.answered);
    flag(o, "correct", l.correct);
    if (o.contains("answer") && o["answer"].is_array())
      for (const auto& s : o["answer"])
        if (s.is_string()) l.answer.push_back(s.get<std::string>());
    p.lessons[id] = std::move(l);
  }
  return p;
}

Progress load_progress(const std::filesystem::path& path) {
  std::string text;
  if (!read_file(path, text)) return Progress{};
  return progress_from_json(text);
}

bool save_progress(const std::filesystem::path& path, const Progress& p) {
  return write_file_atomic(path, to_json(p));
}

}  // namespace al::gui
