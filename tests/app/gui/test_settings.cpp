#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "app/gui/edit_store.h"
#include "app/gui/i18n.h"
#include "app/gui/paths.h"
#include "app/gui/settings.h"

using namespace al::gui;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const char* name) {
  fs::path p =
      fs::temp_directory_path() / ("awaitlab-test-gui-" + std::to_string(::getpid())) / name;
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

}  // namespace

TEST_CASE("settings survive a save and load", "[settings]") {
  Settings s;
  s.window_width = 1280;
  s.window_height = 777;
  s.left_fraction = 0.2f;
  s.bottom_fraction = 0.5f;
  s.theme = Theme::light;
  s.language = "zh";
  s.axis = Axis::time;
  s.panels.inspector = false;
  s.last_lesson = "03-gather";
  fs::path file = scratch("settings") / "settings.json";
  REQUIRE(save_settings(file, s));
  Settings t = load_settings(file);
  CHECK(t.window_width == 1280);
  CHECK(t.window_height == 777);
  CHECK(t.left_fraction == Approx(0.2f));
  CHECK(t.bottom_fraction == Approx(0.5f));
  CHECK(t.theme == Theme::light);
  CHECK(t.language == "zh");
  CHECK(t.axis == Axis::time);
  CHECK_FALSE(t.panels.inspector);
  CHECK(t.panels.timeline);
  CHECK(t.last_lesson == "03-gather");
}

TEST_CASE("broken or out-of-range settings fall back to defaults", "[settings]") {
  CHECK(settings_from_json("not json").window_width == Settings{}.window_width);
  Settings s = settings_from_json(R"({"window": {"width": "wide", "height": 10},
                                         "layout": {"left": 5}, "theme": "purple"})");
  CHECK(s.window_width == Settings{}.window_width);
  CHECK(s.window_height == 400);  // clamped to the smallest usable window
  CHECK(s.left_fraction == Approx(0.5f));
  CHECK(s.theme == Theme::dark);
}

TEST_CASE("XDG directories follow the environment", "[settings]") {
  ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-config", 1);
  ::setenv("XDG_DATA_HOME", "relative/ignored", 1);
  ::setenv("HOME", "/home/learner", 1);
  CHECK(config_dir() == fs::path("/tmp/xdg-config/awaitlab"));
  CHECK(data_dir() == fs::path("/home/learner/.local/share/awaitlab"));
  CHECK(settings_path() == fs::path("/tmp/xdg-config/awaitlab/settings.json"));
}

TEST_CASE("every string has English and Chinese text", "[i18n]") {
  CHECK(incomplete_keys().empty());
  set_language(Lang::zh);
  CHECK(std::string(tr("tab.tasks")) == "任务");
  CHECK(std::string(trl("tab.tasks")) == "任务###tab.tasks");
  CHECK(trf("run.event_of", {"3", "10"}) == "事件 3 / 10");
  set_language(Lang::en);
  CHECK(std::string(tr("tab.tasks")) == "Tasks");
  CHECK(std::string(trl("tab.tasks")) == "Tasks###tab.tasks");
  CHECK(trf("run.event_of", {"3", "10"}) == "Event 3 / 10");
  CHECK(language_from_code("zh_CN") == Lang::zh);
  CHECK(language_from_code("fr") == Lang::en);
}

TEST_CASE("an unknown string key is reported, not shown blank", "[i18n]") {
  CHECK(std::string(tr("no.such.key")) == "no.such.key");
  const auto& missing = missing_keys();
  CHECK(std::find(missing.begin(), missing.end(), "no.such.key") != missing.end());
}

TEST_CASE("edits are saved after a pause, per lesson, and discarded on reset", "[edits]") {
  fs::path dir = scratch("edits");
  EditStore store(dir);
  std::string key = edit_key_for_lesson("05-queue");
  CHECK_FALSE(store.load(key));
  store.changed(key, "print(1)\n", 10.0);
  CHECK_FALSE(store.flush(10.2));           // still typing
  CHECK(*store.load(key) == "print(1)\n");  // but readable at once
  CHECK(store.flush(10.0 + EditStore::kDelay));
  CHECK(fs::exists(dir / "05-queue.py"));
  EditStore reopened(dir);
  CHECK(*reopened.load(key) == "print(1)\n");
  reopened.discard(key);
  CHECK_FALSE(fs::exists(dir / "05-queue.py"));
  CHECK(edit_key_for_lesson("../evil") == "_.._evil");
  CHECK(edit_key_for_file("/a/b/main.py").starts_with("file-main-"));
  CHECK(edit_key_for_file("/a/b/main.py") != edit_key_for_file("/a/c/main.py"));
}
