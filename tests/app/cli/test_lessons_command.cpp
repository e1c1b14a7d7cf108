// Tests of `awaitlab lessons` and lesson lookup, on a small index written to a temporary folder
// and on the real lessons/index.json of the source tree.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <unistd.h>

#include "app/cli/lessons_command.h"

namespace fs = std::filesystem;
using namespace al::cli;

namespace {

struct TempLessons {
  fs::path root;
  TempLessons() {
    root = fs::temp_directory_path() / ("awaitlab-lessons-test-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "01-first");
    fs::create_directories(root / "02-second");
    write("index.json", R"({"format": 1, "lessons": [
            {"id": "01-first", "folder": "01-first", "title": {"en": "First", "zh": "第一"},
             "variants": ["variant-1.py", "variant-2.py"], "tags": []},
            {"id": "02-second", "folder": "02-second", "title": {"en": "Second", "zh": "第二"},
             "variants": ["variant-1.py"], "tags": ["deadlock-demo"]}]})");
    write("01-first/scenario.py", "print(1)\n");
    write("01-first/variant-1.py", "print(2)\n");
    write("01-first/variant-2.py", "print(3)\n");
    write("02-second/scenario.py", "print(4)\n");
    write("02-second/variant-1.py", "print(5)\n");
  }
  ~TempLessons() { fs::remove_all(root); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(root / name, std::ios::binary) << text;
  }
};

}  // namespace

TEST_CASE("load_lessons reads ids, titles, variants and tags in index order") {
  TempLessons t;
  std::vector<LessonInfo> lessons = load_lessons(t.root);
  REQUIRE(lessons.size() == 2);
  CHECK(lessons[0].id == "01-first");
  CHECK(lessons[0].title_en == "First");
  CHECK(lessons[0].title_zh == "第一");
  CHECK(lessons[0].folder == t.root / "01-first");
  CHECK(lessons[0].variants == std::vector<std::string>{"variant-1.py", "variant-2.py"});
  CHECK(lessons[1].tags == std::vector<std::string>{"deadlock-demo"});
}

TEST_CASE("lesson_script finds the scenario and the variants by id or by number") {
  TempLessons t;
  CHECK(lesson_script(t.root, "01-first") == t.root / "01-first" / "scenario.py");
  CHECK(lesson_script(t.root, "01-first", 2) == t.root / "01-first" / "variant-2.py");
  CHECK(lesson_script(t.root, "2") == t.root / "02-second" / "scenario.py");
  CHECK(lesson_script(t.root, "02", 1) == t.root / "02-second" / "variant-1.py");
  CHECK_FALSE(lesson_script(t.root, "02-second", 2));  // only one variant
  CHECK_FALSE(lesson_script(t.root, "01-first", -1));
  CHECK_FALSE(lesson_script(t.root, "03"));
  CHECK_FALSE(lesson_script(t.root, "first"));
}

TEST_CASE("a variant listed in the index but missing on disk is not returned") {
  TempLessons t;
  fs::remove(t.root / "01-first" / "variant-2.py");
  CHECK_FALSE(lesson_script(t.root, "01-first", 2));
}

TEST_CASE("list_lessons prints one aligned line per lesson and a usage hint") {
  TempLessons t;
  std::ostringstream out;
  REQUIRE(list_lessons(t.root, out) == 0);
  CHECK(out.str() ==
        "01-first   First / 第一  (2 variants)\n"
        "02-second  Second / 第二  (1 variant, deadlock-demo)\n"
        "\nRun one with: awaitlab run --lesson ID [--variant N]   (ID may be just the number)\n");
}

TEST_CASE("lessons_command --first-path prints the first scenario's path") {
  TempLessons t;
  std::ostringstream out;
  REQUIRE(lessons_command(t.root, true, out) == 0);
  CHECK(out.str() == (t.root / "01-first" / "scenario.py").string() + "\n");
}

TEST_CASE("a missing or malformed index is reported, not thrown") {
  TempLessons t;
  std::ostringstream out;
  CHECK(list_lessons(t.root / "nowhere", out) == 1);
  CHECK(out.str().find("cannot read") != std::string::npos);
  t.write("index.json", "{\"lessons\": 3}");
  CHECK_THROWS_WITH(load_lessons(t.root), Catch::Contains("no \"lessons\" list"));
  CHECK_FALSE(first_lesson_path(t.root));
  std::ostringstream none;
  CHECK(lessons_command(t.root, true, none) == 1);
  CHECK(none.str().empty());
}

TEST_CASE("the repository's lessons/index.json resolves every scenario and variant") {
  fs::path root = fs::path(AWAITLAB_SOURCE_DIR) / "lessons";
  std::vector<LessonInfo> lessons = load_lessons(root);
  REQUIRE(lessons.size() >= 20);
  CHECK(first_lesson_path(root) == root / lessons.front().id / "scenario.py");
  for (const LessonInfo& lesson : lessons) {
    INFO(lesson.id);
    CHECK(lesson_script(root, lesson.id));
    for (std::size_t v = 1; v <= lesson.variants.size(); ++v)
      CHECK(lesson_script(root, lesson.id, static_cast<int>(v)));
  }
}
