#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "app/gui/lesson_progress.h"

using namespace al::gui;
namespace fs = std::filesystem;

TEST_CASE("progress survives a save and load", "[progress]") {
  fs::path dir =
      fs::temp_directory_path() / ("awaitlab-test-progress-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  Progress p;
  p.predict_first = false;
  p.lessons["12-lock-race"] = LessonProgress{true, true, false, {"[0.00] w1: read 0", "线 2"}};
  p.lessons["01-coroutines-are-lazy"].visited = true;
  REQUIRE(save_progress(dir / "progress.json", p));
  Progress q = load_progress(dir / "progress.json");
  CHECK_FALSE(q.predict_first);
  REQUIRE(q.lessons.size() == 2);
  CHECK(q.of("12-lock-race").answered);
  CHECK_FALSE(q.of("12-lock-race").correct);
  CHECK(q.of("12-lock-race").answer == std::vector<std::string>{"[0.00] w1: read 0", "线 2"});
  CHECK(q.of("01-coroutines-are-lazy").visited);
  CHECK_FALSE(q.of("01-coroutines-are-lazy").answered);
  CHECK_FALSE(q.of("99-unknown").visited);
  CHECK(q.answered_count() == 1);
  fs::remove_all(dir);
}

TEST_CASE("a broken progress file gives the defaults", "[progress]") {
  CHECK(progress_from_json("").lessons.empty());
  CHECK(progress_from_json("{\"lessons\": 3}").predict_first);
  Progress p = progress_from_json(
      R"({"predict_first": "yes", "lessons": {"a": {"visited": 1, "answered": true,
                                        "answer": [1, "x"]}, "b": []}})");
  CHECK(p.predict_first);
  REQUIRE(p.lessons.size() == 1);
  CHECK_FALSE(p.of("a").visited);
  CHECK(p.of("a").answered);
  CHECK(p.of("a").answer == std::vector<std::string>{"x"});
  CHECK(load_progress("/nonexistent/awaitlab/progress.json").lessons.empty());
}
