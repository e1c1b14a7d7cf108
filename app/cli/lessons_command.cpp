#include "app/cli/lessons_command.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include <nlohmann/json.hpp>

namespace al::cli {

namespace fs = std::filesystem;

namespace {

// The first `dir/lessons` holding an index.json, walking up from `dir`.
fs::path search_upwards(fs::path dir) {
  std::error_code ec;
  while (!dir.empty()) {
    if (fs::is_regular_file(dir / "lessons" / "index.json", ec)) return dir / "lessons";
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return {};
}

std::string string_field(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> string_list(const nlohmann::json& object, const char* key) {
  std::vector<std::string> out;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return out;
  for (const auto& item : *it)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

// "05-as-completed" -> "05"; an id without a leading number gives "".
std::string number_of(const std::string& id) {
  std::size_t n = 0;
  while (n < id.size() && id[n] >= '0' && id[n] <= '9') ++n;
  return id.substr(0, n);
}

bool same_number(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  std::size_t i = a.find_first_not_of('0'), j = b.find_first_not_of('0');
  return a.substr(i == std::string::npos ? a.size() : i) ==
         b.substr(j == std::string::npos ? b.size() : j);
}

}  // namespace

fs::path default_lessons_root() {
  if (const char* env = std::getenv("AWAITLAB_LESSONS"); env && *env) return fs::path(env);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    if (fs::path found = search_upwards(exe.parent_path()); !found.empty()) return found;
  }
  fs::path cwd = fs::current_path(ec);
  return ec ? fs::path() : search_upwards(cwd);
}

std::vector<LessonInfo> load_lessons(const fs::path& root) {
  fs::path index_path = root / "index.json";
  std::ifstream in(index_path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + index_path.string());
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json index = nlohmann::json::parse(text.str(), nullptr, false);
  if (index.is_discarded()) throw std::runtime_error(index_path.string() + " is not valid JSON");
  if (!index.is_object() || !index.contains("lessons") || !index["lessons"].is_array())
    throw std::runtime_error(index_path.string() + " has no \"lessons\" list");
  std::vector<LessonInfo> lessons;
  for (const auto& entry : index["lessons"]) {
    if (!entry.is_object())
      throw std::runtime_error(index_path.string() + ": a lesson entry is not an object");
    LessonInfo lesson;
    lesson.id = string_field(entry, "id");
    if (lesson.id.empty()) throw std::runtime_error(index_path.string() + ": a lesson has no id");
    std::string folder = string_field(entry, "folder");
    lesson.folder = root / (folder.empty() ? lesson.id : folder);
    if (auto title = entry.find("title"); title != entry.end() && title->is_object()) {
      lesson.title_en = string_field(*title, "en");
      lesson.title_zh = string_field(*title, "zh");
    }
    lesson.variants = string_list(entry, "variants");
    lesson.tags = string_list(entry, "tags");
    lessons.push_back(std::move(lesson));
  }
  return lessons;
}

const LessonInfo* find_lesson(const std::vector<LessonInfo>& lessons, const std::string& id) {
  for (const LessonInfo& lesson : lessons)
    if (lesson.id == id) return &lesson;
  for (const LessonInfo& lesson : lessons)
    if (id.find_first_not_of("0123456789") == std::string::npos &&
        same_number(number_of(lesson.id), id))
      return &lesson;
  return nullptr;
}

int list_lessons(const fs::path& root, std::ostream& out) {
  std::vector<LessonInfo> lessons;
  try {
    lessons = load_lessons(root);
  } catch (const std::runtime_error& e) {
    out << "awaitlab lessons: " << e.what() << "\n";
    return 1;
  }
  std::size_t width = 0;
  for (const LessonInfo& lesson : lessons) width = std::max(width, lesson.id.size());
  for (const LessonInfo& lesson : lessons) {
    out << lesson.id << std::string(width + 2 - lesson.id.size(), ' ') << lesson.title_en;
    if (!lesson.title_zh.empty()) out << " / " << lesson.title_zh;
    out << "  (" << lesson.variants.size()
        << (lesson.variants.size() == 1 ? " variant" : " variants");
    for (const std::string& tag : lesson.tags) out << ", " << tag;
    out << ")\n";
  }
  out << "\nRun one with: awaitlab run --lesson ID [--variant N]   (ID may be just the number)\n";
  return 0;
}

std::optional<fs::path> lesson_script(const fs::path& root, const std::string& id, int variant) {
  std::vector<LessonInfo> lessons;
  try {
    lessons = load_lessons(root);
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
  const LessonInfo* lesson = find_lesson(lessons, id);
  if (!lesson || variant < 0 || static_cast<std::size_t>(variant) > lesson->variants.size())
    return std::nullopt;
  fs::path script =
      lesson->folder / (variant == 0 ? std::string("scenario.py") : lesson->variants[variant - 1]);
  std::error_code ec;
  if (!fs::is_regular_file(script, ec)) return std::nullopt;
  return script;
}

std::optional<fs::path> first_lesson_path(const fs::path& root) {
  std::vector<LessonInfo> lessons;
  try {
    lessons = load_lessons(root);
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
  if (lessons.empty()) return std::nullopt;
  return lesson_script(root, lessons.front().id, 0);
}

int lessons_command(const fs::path& root, bool first_path, std::ostream& out) {
  if (!first_path) return list_lessons(root, out);
  std::optional<fs::path> path = first_lesson_path(root);
  if (!path) return 1;
  out << path->string() << "\n";
  return 0;
}

}  // namespace al::cli
