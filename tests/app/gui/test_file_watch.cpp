// FileWatcher (app/gui/file_watch.h): libuv fs events for the file `awaitlab open` follows.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "app/gui/file_watch.h"

using namespace al::gui;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("awaitlab-watch-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

// Polls like the frame loop does, for up to two seconds.
bool changed_within(FileWatcher& w) {
  for (int i = 0; i < 200; ++i) {
    if (w.poll()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

}  // namespace

TEST_CASE("a write to the watched file is seen once", "[watch]") {
  TempDir d;
  fs::path file = d.path / "demo.py";
  write(file, "print(1)\n");
  FileWatcher w;
  REQUIRE(w.watch(file));
  CHECK_FALSE(w.poll());
  write(file, "print(2)\n");
  CHECK(changed_within(w));
  // Every event of that write has been absorbed: nothing new until the next change.
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  w.poll();
  CHECK_FALSE(w.poll());
}

TEST_CASE("a save by rename (how editors save) is seen, and keeps being seen", "[watch]") {
  TempDir d;
  fs::path file = d.path / "demo.py";
  write(file, "print(1)\n");
  FileWatcher w;
  REQUIRE(w.watch(file));
  for (int round = 0; round < 2; ++round) {
    fs::path tmp = d.path / ".demo.py.swp";
    write(tmp, "print(" + std::to_string(round + 10) + ")\n");
    fs::rename(tmp, file);
    CHECK(changed_within(w));
  }
}

TEST_CASE("changes to other files in the folder are ignored", "[watch]") {
  TempDir d;
  fs::path file = d.path / "demo.py";
  write(file, "print(1)\n");
  FileWatcher w;
  REQUIRE(w.watch(file));
  write(d.path / "other.py", "x = 1\n");
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK_FALSE(w.poll());
  w.unwatch();
  write(file, "print(3)\n");
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK_FALSE(w.poll());
}

TEST_CASE("a folder that does not exist cannot be watched", "[watch]") {
  FileWatcher w;
  CHECK_FALSE(w.watch("/nonexistent-awaitlab-dir/x.py"));
  CHECK_FALSE(w.watching());
  CHECK_FALSE(w.poll());
}
