// Schedule files (app/gui/schedule_file.h): `awaitlab open --schedule FILE` and File > Load
// schedule read {"schedule": [...]}; bad files are reported, never crash.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <filesystem>
#include <fstream>

#include "app/gui/schedule_file.h"

using namespace al::gui;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("awaitlab-schedfile-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return path / name;
  }
};

}  // namespace

TEST_CASE("A schedule file loads its task names in order", "[schedule_file]") {
  TempDir d;
  ScheduleFile f = load_schedule_file(
      d.write("a.schedule.json", R"({"schedule": ["Task-3", "Task-2", "Task-3"]})"));
  REQUIRE(f.ok);
  CHECK(f.error.empty());
  CHECK(f.schedule.choices == std::vector<std::string>{"Task-3", "Task-2", "Task-3"});

  ScheduleFile empty = load_schedule_file(d.write("b.schedule.json", R"({"schedule": []})"));
  REQUIRE(empty.ok);
  CHECK(empty.schedule.choices.empty());
}

TEST_CASE("Malformed or missing schedule files give a reason, not a crash", "[schedule_file]") {
  TempDir d;
  for (const char* text :
       {"", "{", "[\"Task-2\"]", R"({"schedule": "Task-2"})", R"({"schedule": [1, 2]})",
        R"({"order": ["Task-2"]})", "\xff\xfe garbage", "null"}) {
    INFO(text);
    ScheduleFile f = load_schedule_file(d.write("bad.schedule.json", text));
    CHECK_FALSE(f.ok);
    CHECK(f.error == "sched.err_malformed");
    CHECK(f.schedule.choices.empty());
  }
  ScheduleFile missing = load_schedule_file(d.path / "nope.schedule.json");
  CHECK_FALSE(missing.ok);
  CHECK(missing.error == "sched.err_unreadable");
  ScheduleFile dir = load_schedule_file(d.path);
  CHECK_FALSE(dir.ok);
  CHECK(dir.error == "sched.err_unreadable");
  ScheduleFile huge = load_schedule_file(d.write("huge.schedule.json", std::string(5u << 20, ' ')));
  CHECK_FALSE(huge.ok);
  CHECK(huge.error == "sched.err_malformed");
}

TEST_CASE("The exports folder's schedules are listed by name, other exports left out",
          "[schedule_file]") {
  TempDir d;
  CHECK(schedule_files(d.path / "missing").empty());
  d.write("lesson-12-2.schedule.json", "{}");
  d.write("lesson-12-1.schedule.json", "{}");
  d.write("lesson-12-1.trace.json", "{}");
  d.write(".schedule.json", "{}");
  fs::create_directories(d.path / "dir.schedule.json");
  std::vector<fs::path> files = schedule_files(d.path);
  REQUIRE(files.size() == 2);
  CHECK(files[0].filename() == "lesson-12-1.schedule.json");
  CHECK(files[1].filename() == "lesson-12-2.schedule.json");
}
