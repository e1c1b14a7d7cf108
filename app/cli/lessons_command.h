// `awaitlab lessons` and `awaitlab run --lesson ID [--variant N]`: the lessons listed in
// lessons/index.json (format: lessons/README.md). Depends on nothing but the standard library
// and nlohmann-json, so main.cpp and the GUI can both use it.
//
//   auto root = al::cli::default_lessons_root();
//   al::cli::list_lessons(root, std::cout);                 // the table `awaitlab lessons` prints
//   auto path = al::cli::lesson_script(root, "05", 2);      // .../05-as-completed/variant-2.py
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace al::cli {

struct LessonInfo {
  std::string id;  // "05-as-completed": also the folder's name
  std::string title_en;
  std::string title_zh;
  std::filesystem::path folder;       // root / id
  std::vector<std::string> variants;  // "variant-1.py", ... in order
  std::vector<std::string> tags;      // "needs-real-io", "deadlock-demo", ...
};

// The lessons folder: $AWAITLAB_LESSONS; else the first `lessons` folder holding index.json in
// the executable's folder or above it (build/app/awaitlab -> ./lessons); else the same search
// from the current directory. Empty when none is found.
std::filesystem::path default_lessons_root();

// The lessons of root/index.json in teaching order. Throws std::runtime_error saying what is
// wrong when the file is missing or malformed.
std::vector<LessonInfo> load_lessons(const std::filesystem::path& root);

// The lesson whose id is `id`, or whose number is `id` ("5", "05"); nullptr when none is.
const LessonInfo* find_lesson(const std::vector<LessonInfo>& lessons, const std::string& id);

// Prints one line per lesson (id, English and Chinese title, variants, tags) and a usage hint.
// Returns 0, or 1 after printing the problem to `out` when the index cannot be read.
int list_lessons(const std::filesystem::path& root, std::ostream& out);

// The scenario (variant 0) or variant-N.py of a lesson; nullopt when the lesson or the variant
// does not exist.
std::optional<std::filesystem::path> lesson_script(const std::filesystem::path& root,
                                                   const std::string& id, int variant = 0);

// The first lesson's scenario.py (for `awaitlab lessons --first-path`); nullopt when there is
// no readable index or it lists no lesson.
std::optional<std::filesystem::path> first_lesson_path(const std::filesystem::path& root);

// The whole `awaitlab lessons [--first-path]` subcommand: the table, or the first scenario's
// path on one line (nothing, status 1, when there is none). Returns the exit status.
int lessons_command(const std::filesystem::path& root, bool first_path, std::ostream& out);

}  // namespace al::cli
