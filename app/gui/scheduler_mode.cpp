// Sections: state · runs · the window.
#include "app/gui/scheduler_mode.h"

#include "app/gui/i18n.h"
#include "app/gui/scenario_runner.h"
#include "app/gui/ui_rects.h"

namespace al::gui {

// ---- state ----

void SchedulerMode::set_on(bool on) {
  on_ = on;
  clear();
  if (!on) schedule_end();
}

const ScheduleDecision* SchedulerMode::pending() const {
  return on_ && stopped_ && !decisions_.empty() ? &decisions_.back() : nullptr;
}

Schedule SchedulerMode::made() const {
  std::vector<ScheduleDecision> made = decisions_;
  if (pending()) made.pop_back();
  return schedule_of(made);
}

void SchedulerMode::pick(std::size_t i) {
  const ScheduleDecision* d = pending();
  if (!d || i >= d->ready.size()) return;
  schedule_ = made();
  schedule_.choices.push_back(d->ready[i]);
}

void SchedulerMode::undo() {
  schedule_ = made();
  if (!schedule_.choices.empty()) schedule_.choices.pop_back();
}

void SchedulerMode::clear() {
  schedule_ = {};
  decisions_.clear();
  stopped_ = false;
  comparing_ = false;
  fifo_output_.clear();
}

void SchedulerMode::load(Schedule s) {
  on_ = true;
  clear();
  schedule_ = std::move(s);
}

void SchedulerMode::set_fifo_output(std::vector<std::string> lines) {
  fifo_output_ = std::move(lines);
  comparing_ = true;
}

// ---- runs ----

void SchedulerMode::begin_run() {
  if (on_) {
    schedule_begin(schedule_, Undecided::Stop);
  } else {
    schedule_end();
  }
}

void SchedulerMode::end_run() {
  if (!on_) return;
  schedule_end();
  decisions_ = schedule_decisions();
  stopped_ = schedule_stopped();
}

std::vector<std::string> output_lines(const trace::TraceModel& model) {
  std::vector<std::string> lines;
  for (const trace::ConsoleLine& l : model.console_lines()) {
    if (l.stream == trace::Stream::Stdout) lines.push_back(l.text);
  }
  return lines;
}

std::vector<std::string> fifo_output(const std::string& source, const std::string& filename) {
  schedule_end();
  RunResult r = run_scenario(source, filename, false);
  return r.model ? output_lines(*r.model) : std::vector<std::string>{};
}

// ---- the window ----

namespace {

void draw_lines(const char* title, const std::vector<std::string>& lines, ImFont* code_font) {
  ImGui::TextUnformatted(title);
  ImGui::Separator();
  if (code_font) ImGui::PushFont(code_font);
  for (const std::string& l : lines) ImGui::TextUnformatted(l.c_str());
  if (code_font) ImGui::PopFont();
}

}  // namespace

SchedulerAction SchedulerMode::draw(const std::vector<std::string>& output, ImFont* code_font) {
  SchedulerAction action = SchedulerAction::none;
  // First shown over the inspector, beside the code and the timeline it explains.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 540, vp->WorkPos.y + 90),
                          ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(520, 420), ImGuiCond_FirstUseEver);
  bool open = on_;
  if (!ImGui::Begin(trl("menu.scheduler"), &open)) {
    ImGui::End();
    if (!open) set_on(false);
    return action;
  }
  const std::size_t decided = decisions_.size() - (pending() ? 1 : 0);
  if (const ScheduleDecision* d = pending()) {
    ImGui::TextWrapped(
        "%s", trf("sched.decision", {std::to_string(decided + 1), std::to_string(d->ready.size())})
                  .c_str());
    for (std::size_t i = 0; i < d->ready.size(); ++i) {
      ImGui::PushID(int(i));
      std::string label = d->ready[i];
      if (i == 0) label += "  " + std::string(tr("sched.asyncio_pick"));
      bool clicked = ImGui::Button(label.c_str());
      note_item_rect(("sched_pick_" + std::to_string(i)).c_str());
      if (clicked) {
        pick(i);
        action = SchedulerAction::rerun;
      }
      ImGui::PopID();
    }
  } else {
    ImGui::TextWrapped("%s", trf("sched.ended", {std::to_string(decided)}).c_str());
  }
  ImGui::Separator();
  ImGui::BeginDisabled(decided == 0);
  bool undo_clicked = ImGui::Button(trl("sched.undo"));
  note_item_rect("sched_undo");
  if (undo_clicked) {
    undo();
    action = SchedulerAction::rerun;
  }
  ImGui::SameLine();
  if (ImGui::Button(trl("sched.restart"))) {
    clear();
    action = SchedulerAction::rerun;
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(trl("sched.compare"))) action = SchedulerAction::compare;
  note_item_rect("sched_compare");
  if (ImGui::BeginTable("sched_columns", comparing_ ? 2 : 1,
                        ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextColumn();
    draw_lines(tr("sched.yours"), output, code_font);
    for (std::size_t i = 0; i < decided; ++i) {
      const ScheduleDecision& d = decisions_[i];
      ImGui::TextDisabled(
          "%s",
          trf("sched.choice", {std::to_string(i + 1), d.ready[d.chosen], d.ready[0]}).c_str());
    }
    if (comparing_) {
      ImGui::TableNextColumn();
      draw_lines(tr("sched.fifo"), fifo_output_, code_font);
    }
    ImGui::EndTable();
  }
  ImGui::End();
  if (!open) set_on(false);
  return action;
}

}  // namespace al::gui
