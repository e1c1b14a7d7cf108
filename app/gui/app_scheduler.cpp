// The window's side of be-the-scheduler (scheduler_mode.h): runs with the learner's schedule,
// the floating panel, the menu items, schedule export and replay, the state dump's entry.
#include <cstdio>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/gui/app.h"
#include "app/gui/export_trace.h"
#include "app/gui/i18n.h"
#include "app/gui/paths.h"
#include "app/gui/schedule_file.h"

namespace al::gui {

void App::scheduler_before_run() {
  // The chooser's state is shared with the run's thread: no older run may still be using it.
  if (live_.active()) stop_run();
  scheduler_.begin_run();
  scheduler_run_pending_ = scheduler_.on();
}

void App::scheduler_after_run() {
  if (!scheduler_run_pending_) return;
  scheduler_run_pending_ = false;
  scheduler_.end_run();
}

void App::set_scheduler(bool on) {
  scheduler_.set_on(on);
  rerun();
}

void App::draw_scheduler() {
  if (!scheduler_.on()) return;
  std::vector<std::string> output;
  if (session_.model()) output = output_lines(*session_.model());
  for (const std::string& l : output) fonts_.require(l);
  bool was_on = scheduler_.on();
  SchedulerAction a = scheduler_.draw(output, fonts_.code());
  if (a == SchedulerAction::rerun || (was_on && !scheduler_.on())) rerun();
  if (a == SchedulerAction::compare && !live_.active()) {
    scheduler_.set_fifo_output(fifo_output(editor_.text(), doc_.path.filename().string()));
    for (const std::string& l : scheduler_.fifo_output()) fonts_.require(l);
  }
}

void App::export_schedule() {
  std::filesystem::path p =
      next_export_path(data_dir() / "exports", export_stem(), "schedule.json");
  std::error_code ec;
  std::filesystem::create_directories(p.parent_path(), ec);
  std::ofstream f(p);
  f << schedule_to_json(scheduler_.made()) << "\n";
  bool ok = static_cast<bool>(f);
  if (ok) schedule_export_ = p;
  exported(ok, p);
}

void App::replay_schedule() {
  std::ifstream f(schedule_export_);
  std::stringstream text;
  text << f.rdbuf();
  Schedule s;
  if (schedule_export_.empty() || !f || !schedule_from_json(text.str(), s)) {
    status_message_ = tr("sched.no_export");
    status_message_until_ = now() + 5.0;
    return;
  }
  scheduler_.load(std::move(s));
  rerun();
}

void App::load_schedule(const std::filesystem::path& path) {
  ScheduleFile f = load_schedule_file(path);
  if (!f.ok) {
    schedule_load_error_ = trf("sched.load_failed", {path.string(), tr(f.error.c_str())});
    status_message_ = schedule_load_error_;
    status_message_until_ = now() + 8.0;
    std::fprintf(stderr, "awaitlab: %s\n", status_message_.c_str());
    return;
  }
  schedule_loaded_ = path;
  schedule_load_error_.clear();
  scheduler_.load(std::move(f.schedule));
  rerun();
}

void App::scheduler_menu_file() {
  bool can = scheduler_.on() && !live_.active();
  if (ImGui::MenuItem(trl("menu.export_schedule"), nullptr, false, can)) export_schedule();
  if (ImGui::MenuItem(trl("menu.replay_schedule"), nullptr, false, !schedule_export_.empty()))
    replay_schedule();
  if (ImGui::BeginMenu(trl("menu.load_schedule"), !live_.active())) {
    std::vector<std::filesystem::path> files = schedule_files(data_dir() / "exports");
    if (files.empty()) ImGui::TextDisabled("%s", tr("sched.no_files"));
    for (const std::filesystem::path& p : files)
      if (ImGui::MenuItem(p.filename().string().c_str())) load_schedule(p);
    ImGui::EndMenu();
  }
}

void App::scheduler_menu_view() {
  if (ImGui::MenuItem(trl("menu.scheduler"), "F9", scheduler_.on()))
    set_scheduler(!scheduler_.on());
}

nlohmann::json App::scheduler_state() {
  nlohmann::json s;
  s["on"] = scheduler_.on();
  s["schedule"] = scheduler_.made().choices;
  const ScheduleDecision* d = scheduler_.pending();
  s["pending"] = d ? d->ready : std::vector<std::string>{};
  s["decisions"] = scheduler_.decisions().size();
  s["output"] = session_.model() ? output_lines(*session_.model()) : std::vector<std::string>{};
  s["comparing"] = scheduler_.comparing();
  s["fifo_output"] = scheduler_.fifo_output();
  s["export"] = schedule_export_.string();
  s["loaded"] = schedule_loaded_.string();
  s["load_error"] = schedule_load_error_;
  s["replaying"] = scheduler_.schedule().choices;
  return s;
}

}  // namespace al::gui
