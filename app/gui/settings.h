// The user's window settings, kept in $XDG_CONFIG_HOME/awaitlab/settings.json: window size,
// splitter positions, theme, language, axis, playback speed, visible panels, last lesson.
#pragma once

#include <filesystem>
#include <string>

namespace al::gui {

enum class Theme { dark, light };
enum class Axis { steps, time };

struct Panels {
  bool lessons = true;
  bool lesson_text = true;
  bool inspector = true;
  bool timeline = true;
};

struct Settings {
  int window_width = 1600;
  int window_height = 1000;
  // Splitters as fractions of the body, so they survive a change of window size.
  float left_fraction = 0.17f;    // lesson column width
  float right_fraction = 0.30f;   // inspector width
  float bottom_fraction = 0.36f;  // timeline height
  float picker_fraction = 0.42f;  // lesson picker's share of the lesson column
  Theme theme = Theme::dark;
  std::string language = "en";
  Axis axis = Axis::steps;
  float steps_per_second = 4.0f;
  float time_multiple = 1.0f;  // play speed on the time axis: virtual seconds per second
  float font_scale = 1.0f;
  Panels panels;
  std::string last_lesson;
  bool wake_arrows_all = false;  // all wake-up arrows, or only the selected task's
};

// The settings file's path (config_dir()/settings.json).
std::filesystem::path settings_path();
// Defaults for anything missing or malformed; a broken file never stops the window.
Settings load_settings(const std::filesystem::path& path);
bool save_settings(const std::filesystem::path& path, const Settings& s);

std::string to_json(const Settings& s);
Settings settings_from_json(const std::string& text);

const char* axis_name(Axis a);    // "steps" / "time"
const char* theme_name(Theme t);  // "dark" / "light"

}  // namespace al::gui
