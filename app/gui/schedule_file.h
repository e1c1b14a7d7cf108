// Schedule files for be-the-scheduler: loading a {"schedule": [...]} JSON (`awaitlab open
// --schedule FILE`, File > Load schedule) and listing the schedules in the exports folder.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/asyncio/schedule.h"

namespace al::gui {

struct ScheduleFile {
  bool ok = false;
  Schedule schedule;
  std::string error;  // i18n key of the reason when !ok: sched.err_unreadable | sched.err_malformed
};

// Reads and parses `path`; never throws (a missing, unreadable, oversized or malformed file is
// an error, not a crash).
ScheduleFile load_schedule_file(const std::filesystem::path& path);

// The *.schedule.json files directly in `dir`, sorted by name (empty when `dir` is missing).
std::vector<std::filesystem::path> schedule_files(const std::filesystem::path& dir);

}  // namespace al::gui
