// LessonCatalog (app/gui/lessons.h) over the shipped lessons: order and lookup by id or number,
// as `awaitlab open --lesson 16` uses it.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/gui/lessons.h"

using namespace al::gui;
namespace fs = std::filesystem;

TEST_CASE("lessons are found by id or by number", "[lessons]") {
  LessonCatalog c;
  c.load(fs::path(AWAITLAB_SOURCE_DIR) / "lessons");
  REQUIRE(c.lessons().size() >= 16);
  const std::string first = c.lessons().front().id;
  CHECK(first.rfind("01-", 0) == 0);
  REQUIRE(c.find(first));
  CHECK(c.find(first)->id == first);
  const std::string sixteenth = c.lessons()[15].id;
  CHECK(sixteenth.rfind("16-", 0) == 0);
  REQUIRE(c.find("16"));
  CHECK(c.find("16")->id == sixteenth);
  REQUIRE(c.find("5"));
  CHECK(c.find("05")->id == c.find("5")->id);
  CHECK(c.find("5")->id.rfind("05-", 0) == 0);
  CHECK(c.find("99") == nullptr);
  CHECK(c.find("") == nullptr);
  CHECK(c.find("1x") == nullptr);
  CHECK(c.find("-1") == nullptr);
}
