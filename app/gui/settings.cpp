#include "app/gui/settings.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/gui/paths.h"

namespace al::gui {

using nlohmann::json;

namespace {

template <typename T>
void get(const json& j, const char* key, T& out) {
  auto it = j.find(key);
  if (it == j.end()) return;
  try {
    out = it->get<T>();
  } catch (const json::exception&) {
    // A value of the wrong type keeps the default: settings are a convenience.
  }
}

float clamp_fraction(float f, float lo, float hi) {
  return std::clamp(f, lo, hi);
}

}  // namespace

const char* axis_name(Axis a) {
  return a == Axis::steps ? "steps" : "time";
}
const char* theme_name(Theme t) {
  return t == Theme::dark ? "dark" : "light";
}

std::filesystem::path settings_path() {
  return config_dir() / "settings.json";
}

std::string to_json(const Settings& s) {
  json j;
  j["window"] = {{"width", s.window_width}, {"height", s.window_height}};
  j["layout"] = {{"left", s.left_fraction},
                 {"right", s.right_fraction},
                 {"bottom", s.bottom_fraction},
                 {"picker", s.picker_fraction}};
  j["theme"] = theme_name(s.theme);
  j["language"] = s.language;
  j["axis"] = axis_name(s.axis);
  j["steps_per_second"] = s.steps_per_second;
  j["time_multiple"] = s.time_multiple;
  j["font_scale"] = s.font_scale;
  j["panels"] = {{"lessons", s.panels.lessons},
                 {"lesson_text", s.panels.lesson_text},
                 {"inspector", s.panels.inspector},
                 {"timeline", s.panels.timeline}};
  j["last_lesson"] = s.last_lesson;
  j["wake_arrows_all"] = s.wake_arrows_all;
  return j.dump(2) + "\n";
}

Settings settings_from_json(const std::string& text) {
  Settings s;
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return s;
  if (auto w = j.find("window"); w != j.end() && w->is_object()) {
    get(*w, "width", s.window_width);
    get(*w, "height", s.window_height);
  }
  if (auto l = j.find("layout"); l != j.end() && l->is_object()) {
    get(*l, "left", s.left_fraction);
    get(*l, "right", s.right_fraction);
    get(*l, "bottom", s.bottom_fraction);
    get(*l, "picker", s.picker_fraction);
  }
  std::string theme, axis;
  get(j, "theme", theme);
  get(j, "axis", axis);
  s.theme = theme == "light" ? Theme::light : Theme::dark;
  s.axis = axis == "time" ? Axis::time : Axis::steps;
  get(j, "language", s.language);
  get(j, "steps_per_second", s.steps_per_second);
  get(j, "time_multiple", s.time_multiple);
  get(j, "font_scale", s.font_scale);
  if (auto p = j.find("panels"); p != j.end() && p->is_object()) {
    get(*p, "lessons", s.panels.lessons);
    get(*p, "lesson_text", s.panels.lesson_text);
    get(*p, "inspector", s.panels.inspector);
    get(*p, "timeline", s.panels.timeline);
  }
  get(j, "last_lesson", s.last_lesson);
  get(j, "wake_arrows_all", s.wake_arrows_all);

  s.window_width = std::clamp(s.window_width, 640, 8192);
  s.window_height = std::clamp(s.window_height, 400, 8192);
  s.left_fraction = clamp_fraction(s.left_fraction, 0.05f, 0.5f);
  s.right_fraction = clamp_fraction(s.right_fraction, 0.1f, 0.6f);
  s.bottom_fraction = clamp_fraction(s.bottom_fraction, 0.1f, 0.8f);
  s.picker_fraction = clamp_fraction(s.picker_fraction, 0.1f, 0.9f);
  s.steps_per_second = std::clamp(s.steps_per_second, 0.25f, 1000.0f);
  s.time_multiple = std::clamp(s.time_multiple, 0.01f, 100.0f);
  s.font_scale = std::clamp(s.font_scale, 0.5f, 3.0f);
  return s;
}

Settings load_settings(const std::filesystem::path& path) {
  std::string text;
  if (!read_file(path, text)) return Settings{};
  return settings_from_json(text);
}

bool save_settings(const std::filesystem::path& path, const Settings& s) {
  return write_file_atomic(path, to_json(s));
}

}  // namespace al::gui
