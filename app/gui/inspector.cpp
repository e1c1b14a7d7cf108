// Sections: tabs · tasks · event loop · primitives · console · problems.
#include "app/gui/inspector.h"

#include <algorithm>

#include "app/gui/diagnostic_text.h"
#include "app/gui/i18n.h"
#include "app/gui/theme.h"
#include "app/gui/trace_text.h"
#include "app/gui/ui_rects.h"

namespace al::gui {

using trace::kNone;
using trace::ObjKind;
using trace::TaskState;

namespace {

ImVec4 col4(ImU32 c) {
  return ImGui::ColorConvertU32ToFloat4(c);
}

ImU32 state_colour(TaskState s) {
  const Palette& p = palette();
  switch (s) {
    case TaskState::Running:
      return p.running;
    case TaskState::Ready:
      return p.ready;
    case TaskState::Waiting:
      return p.accent;
    case TaskState::Done:
      return p.done;
    case TaskState::Failed:
      return p.failed;
    case TaskState::Cancelled:
      return p.cancelled;
    case TaskState::NotStarted:
      break;
  }
  return p.muted_text;
}

void dot(ImU32 col) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 5, pos.y + h * 0.5f), 4.5f, col);
  ImGui::Dummy(ImVec2(12, h));
  ImGui::SameLine(0, 4);
}

void section(const char* key) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().muted_text));
  ImGui::TextUnformatted(tr(key));
  ImGui::PopStyleColor();
  ImGui::Separator();
}

void empty_note(const char* key) {
  ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().muted_text));
  ImGui::TextUnformatted(tr(key));
  ImGui::PopStyleColor();
}

// "Task-2, Task-3" in their colours; "—" when empty; "(+5 more)" past the listed ones.
void task_list(Session& s, const std::vector<trace::TaskId>& ids, uint32_t total) {
  if (ids.empty()) {
    empty_note("insp.none");
    return;
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) ImGui::SameLine(0, 6);
    ImGui::PushStyleColor(ImGuiCol_Text, col4(s.task_colour(ids[i])));
    ImGui::TextUnformatted(s.model()->task_name(ids[i]).c_str());
    ImGui::PopStyleColor();
  }
  if (total > ids.size()) {
    ImGui::SameLine(0, 6);
    ImGui::TextDisabled("%s", trf("insp.more", {std::to_string(total - ids.size())}).c_str());
  }
}

}  // namespace

// ---- tabs ----

const char* Inspector::tab_name(InspectorTab t) {
  switch (t) {
    case InspectorTab::tasks:
      return "tasks";
    case InspectorTab::loop:
      return "loop";
    case InspectorTab::primitives:
      return "primitives";
    case InspectorTab::console:
      return "console";
    case InspectorTab::problems:
      return "problems";
  }
  return "";
}

void Inspector::select(InspectorTab t) {
  tab_ = t;
  pending_ = t;
}

bool Inspector::select_panel(const std::string& panel) {
  for (InspectorTab t : {InspectorTab::tasks, InspectorTab::loop, InspectorTab::primitives,
                         InspectorTab::console, InspectorTab::problems}) {
    if (panel != tab_name(t)) continue;
    select(t);
    return true;
  }
  return false;
}

InspectorRequest Inspector::draw(ImVec2 size, Session& s, uint32_t cursor, trace::TaskId selected,
                                 ImFont* code_font) {
  InspectorRequest req;
  ImGui::BeginChild("##inspector", size, false);
  if (ImGui::BeginTabBar("##inspector_tabs")) {
    struct TabDef {
      InspectorTab tab;
      const char* key;
    };
    const TabDef tabs[] = {{InspectorTab::tasks, "tab.tasks"},
                           {InspectorTab::loop, "tab.loop"},
                           {InspectorTab::primitives, "tab.primitives"},
                           {InspectorTab::console, "tab.console"},
                           {InspectorTab::problems, "tab.problems"}};
    for (const TabDef& t : tabs) {
      std::string label = tr(t.key);
      if (t.tab == InspectorTab::problems && s.model()) {
        std::size_t n = s.errors().size() + s.model()->diagnostics_count_at(
                                                std::min(cursor, s.size() ? s.size() - 1 : 0));
        if (n) label += " (" + std::to_string(n) + ")";
      } else if (t.tab == InspectorTab::problems && !s.errors().empty()) {
        label += " (" + std::to_string(s.errors().size()) + ")";
      }
      label += "###";
      label += t.key;
      // ImGui 1.86 selects a tab from outside only through this flag on its next submission.
      ImGuiTabItemFlags flags = pending_ == t.tab ? ImGuiTabItemFlags_SetSelected : 0;
      bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
      note_item_rect((std::string("tab_") + tab_name(t.tab)).c_str());
      if (!open) continue;
      tab_ = t.tab;
      ImGui::BeginChild("##tab_body", ImVec2(0, 0), false);
      bool has = s.has_trace();
      if (t.tab == InspectorTab::problems) {
        problems(s, cursor, req);
      } else if (!has) {
        empty_note("run.no_trace");
      } else {
        const trace::State& st = s.state_at(std::min(cursor, s.size() - 1));
        switch (t.tab) {
          case InspectorTab::tasks:
            tasks(s, st, selected, req);
            break;
          case InspectorTab::loop:
            loop(s, st);
            break;
          case InspectorTab::primitives:
            primitives(s, st);
            break;
          case InspectorTab::console:
            console(s, cursor, code_font, req);
            break;
          case InspectorTab::problems:
            break;
        }
      }
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
    pending_.reset();
  }
  ImGui::EndChild();
  return req;
}

// ---- tasks ----

void Inspector::tasks(Session& s, const trace::State& st, trace::TaskId selected,
                      InspectorRequest& req) {
  const trace::TraceModel& m = *s.model();
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                          ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollX |
                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##tasks", 9, flags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn(tr("insp.task"), ImGuiTableColumnFlags_WidthFixed, em * 10.5f);
  ImGui::TableSetupColumn(tr("insp.state"));
  ImGui::TableSetupColumn(tr("insp.awaiting"), ImGuiTableColumnFlags_WidthFixed, em * 8.5f);
  ImGui::TableSetupColumn(tr("insp.line"));
  ImGui::TableSetupColumn(tr("insp.steps"));
  ImGui::TableSetupColumn(tr("insp.run"));
  ImGui::TableSetupColumn(tr("insp.ready_time"));
  ImGui::TableSetupColumn(tr("insp.wait"));
  ImGui::TableSetupColumn(tr("insp.result"));
  ImGui::TableHeadersRow();
  for (const trace::TaskInfo& t : st.tasks) {
    if (t.internal) continue;  // asyncio.run's shutdown tasks, hidden as on the timeline
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(t.id));
    dot(s.task_colour(t.id));
    std::string title = m.task_title(t.id);
    if (ImGui::Selectable(title.c_str(), selected == t.id, ImGuiSelectableFlags_SpanAllColumns)) {
      req.select_task = true;
      req.task = t.id;
      if (t.line) req.reveal_line = static_cast<int>(t.line);
    }
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, col4(state_colour(t.state)));
    ImGui::TextUnformatted(task_state_text(t.state));
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    if (t.state == TaskState::Waiting) {
      ImGui::TextUnformatted(std::string(m.str(t.awaiting)).c_str());
    } else if (t.state == TaskState::Ready && t.woken_by_kind != trace::WakerKind::None) {
      ImGui::TextDisabled(
          "%s", trf("timeline.woken_by", {waker_text(m, t.woken_by_kind, t.woken_by_id)}).c_str());
    }
    ImGui::TableNextColumn();
    if (t.line) ImGui::Text("%u", t.line);
    ImGui::TableNextColumn();
    ImGui::Text("%u", t.steps);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_seconds(t.run_time).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_seconds(t.ready_time).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_seconds(t.wait_time).c_str());
    ImGui::TableNextColumn();
    if (is_finished(t.state)) {
      if (t.state == TaskState::Failed)
        ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().failed));
      ImGui::TextUnformatted(std::string(m.str(t.outcome)).c_str());
      if (t.state == TaskState::Failed) ImGui::PopStyleColor();
    }
  }
  ImGui::EndTable();
}

// ---- event loop ----

void Inspector::loop(Session& s, const trace::State& st) {
  const trace::TraceModel& m = *s.model();
  ImGui::TextUnformatted(trf("insp.vtime", {format_seconds(st.now)}).c_str());
  std::string doing;
  switch (st.activity) {
    case trace::LoopActivity::RunningTask:
      doing = trf("insp.loop_runs", {m.task_title(st.activity_id)});
      break;
    case trace::LoopActivity::RunningCallback:
      doing = tr("loop.callback");
      break;
    case trace::LoopActivity::Idle:
      doing = tr("loop.idle");
      break;
    case trace::LoopActivity::Scheduling:
      doing = tr("loop.scheduling");
      break;
  }
  ImGui::TextUnformatted(trf("insp.loop_is", {doing}).c_str());

  section("insp.ready_queue");
  if (st.ready.empty()) empty_note("insp.ready_empty");
  for (std::size_t i = 0; i < st.ready.size(); ++i) {
    const trace::ReadyEntry& r = st.ready[i];
    ImGui::Text("%zu.", i + 1);
    ImGui::SameLine();
    if (r.kind == trace::ReadyKind::Task) {
      dot(s.task_colour(r.id));
      ImGui::TextUnformatted(m.task_title(r.id).c_str());
      const trace::TaskInfo* t = st.task(r.id);
      if (t && t->woken_by_kind != trace::WakerKind::None) {
        ImGui::SameLine();
        ImGui::TextDisabled(
            "%s",
            trf("timeline.woken_by", {waker_text(m, t->woken_by_kind, t->woken_by_id)}).c_str());
      }
    } else {
      ImGui::TextUnformatted(trf("insp.callback", {std::string(m.str(r.label))}).c_str());
    }
  }

  section("insp.timers");
  if (st.timers.empty()) {
    empty_note("insp.timers_empty");
  } else if (ImGui::BeginTable("##timers", 4,
                               ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn(tr("insp.deadline"));
    ImGui::TableSetupColumn(tr("insp.in"));
    ImGui::TableSetupColumn(tr("insp.timer"));
    ImGui::TableSetupColumn(tr("insp.owner"));
    ImGui::TableHeadersRow();
    for (const trace::TimerInfo& t : st.timers) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_seconds(t.when).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(("+" + format_seconds(t.when - st.now)).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::string(m.str(t.label)).c_str());
      ImGui::TableNextColumn();
      if (t.owner) {
        dot(s.task_colour(t.owner));
        ImGui::TextUnformatted(m.task_name(t.owner).c_str());
      }
    }
    ImGui::EndTable();
  }

  section("insp.io");
  if (st.io.empty()) empty_note("insp.io_empty");
  for (const trace::IoInfo& io : st.io) {
    ImGui::BulletText("%s", std::string(m.str(io.label)).c_str());
    if (io.owner) {
      ImGui::SameLine();
      ImGui::TextDisabled("(%s)", m.task_name(io.owner).c_str());
    }
  }
}

// ---- primitives ----

void Inspector::primitives(Session& s, const trace::State& st) {
  const trace::TraceModel& m = *s.model();
  if (st.primitives.empty()) empty_note("insp.no_primitives");
  for (const trace::PrimitiveInfo& pi : st.primitives) {
    ImGui::PushID(static_cast<int>(pi.id));
    std::string title = std::string(m.str(pi.label));
    if (title.empty()) title = std::string(trace::name(pi.type));
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    bool open = ImGui::CollapsingHeader(title.c_str());
    if (open) {
      ImGui::Indent(8);
      const trace::PrimitiveState& ps = pi.state;
      bool touched = pi.last_op != kNone;
      auto waiters = [&](const char* key, const std::vector<trace::TaskId>& ids, uint32_t total) {
        ImGui::TextDisabled("%s", tr(key));
        ImGui::SameLine();
        task_list(s, ids, total);
      };
      switch (pi.type) {
        case ObjKind::Queue: {
          std::string cap = ps.capacity ? std::to_string(ps.capacity) : "∞";
          ImGui::TextUnformatted(trf("insp.queue_size", {format_seconds(ps.value), cap}).c_str());
          ImGui::TextDisabled("%s", tr("insp.items"));
          ImGui::SameLine();
          std::string items = "[";
          for (std::size_t i = 0; i < ps.items.size(); ++i)
            items += (i ? ", " : "") + std::string(m.str(ps.items[i]));
          if (ps.items_total > ps.items.size()) items += ", …";
          ImGui::TextUnformatted((items + "]").c_str());
          waiters("insp.getters", ps.waiters, ps.waiters_total);
          waiters("insp.putters", ps.waiters2, ps.waiters2_total);
          break;
        }
        case ObjKind::Lock:
          if (ps.value != 0 && ps.owner)
            ImGui::TextUnformatted(trf("insp.locked_by", {m.task_name(ps.owner)}).c_str());
          else
            ImGui::TextUnformatted(tr(ps.value != 0 ? "insp.locked" : "insp.unlocked"));
          waiters("insp.waiters", ps.waiters, ps.waiters_total);
          break;
        case ObjKind::Event:
          ImGui::TextUnformatted(tr(ps.value != 0 ? "insp.event_set" : "insp.event_clear"));
          waiters("insp.waiters", ps.waiters, ps.waiters_total);
          break;
        case ObjKind::Semaphore:
          ImGui::TextUnformatted(trf("insp.sem_value", {format_seconds(ps.value)}).c_str());
          if (ps.capacity) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", trf("insp.sem_bound", {std::to_string(ps.capacity)}).c_str());
          }
          waiters("insp.waiters", ps.waiters, ps.waiters_total);
          break;
        case ObjKind::Condition:
          if (ps.owner)
            ImGui::TextUnformatted(trf("insp.locked_by", {m.task_name(ps.owner)}).c_str());
          else
            ImGui::TextUnformatted(tr("insp.unlocked"));
          waiters("insp.waiters", ps.waiters, ps.waiters_total);
          break;
        case ObjKind::Barrier:
          ImGui::TextUnformatted(
              trf("insp.barrier", {format_seconds(ps.value), std::to_string(ps.capacity)}).c_str());
          waiters("insp.waiters", ps.waiters, ps.waiters_total);
          break;
        default:
          ImGui::TextUnformatted(trf("insp.value", {format_seconds(ps.value)}).c_str());
          waiters("insp.waiters", ps.waiters, ps.waiters_total);
          break;
      }
      if (touched)
        ImGui::TextDisabled("%s", trf("insp.last_op", {std::string(m.str(pi.last_op_name)),
                                                       pi.last_actor ? m.task_name(pi.last_actor)
                                                                     : tr("waker.loop"),
                                                       std::to_string(pi.last_op)})
                                      .c_str());
      ImGui::Unindent(8);
    }
    ImGui::PopID();
  }
}

// ---- console ----

void Inspector::console(Session& s, uint32_t cursor, ImFont* code_font, InspectorRequest& req) {
  const trace::TraceModel& m = *s.model();
  uint32_t at = std::min(cursor, m.size() - 1);
  uint32_t n = m.console_count_at(at);
  const auto& lines = m.console_lines();
  if (n == 0) empty_note("insp.console_empty");
  ImGui::PushFont(code_font);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(n));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const trace::ConsoleLine& line = lines[static_cast<std::size_t>(i)];
      std::string text(line.text_at(at));
      ImU32 col = line.stream == trace::Stream::Stderr ? palette().failed
                  : line.task                          ? s.task_colour(line.task)
                                                       : palette().text;
      ImGui::PushID(i);
      ImVec2 pos = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRectFilled(
          pos, ImVec2(pos.x + 3, pos.y + ImGui::GetTextLineHeight()), col);
      ImGui::SetCursorScreenPos(ImVec2(pos.x + 8, pos.y));
      ImGui::PushStyleColor(ImGuiCol_Text, col4(col));
      bool current = line.first_event <= at && line.last_event >= at && line.last_event == at;
      bool clicked = ImGui::Selectable(text.empty() ? " " : text.c_str(), current);
      if (i < 5) note_item_rect(("console_line_" + std::to_string(i)).c_str());
      if (clicked) {
        req.move_cursor = true;
        req.cursor = line.first_event;
        if (line.line) req.reveal_line = static_cast<int>(line.line);
      }
      ImGui::PopStyleColor();
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "%s", trf("insp.printed_by", {line.task ? m.task_title(line.task) : tr("waker.loop"),
                                          std::to_string(line.first_event)})
                      .c_str());
      ImGui::PopID();
    }
  }
  ImGui::PopFont();
  // Follow the output as the cursor moves forward, like a terminal.
  if (n != console_seen_) {
    if (n > console_seen_) ImGui::SetScrollHereY(1.0f);
    console_seen_ = n;
  }
}

// ---- problems ----

void Inspector::problems(Session& s, uint32_t cursor, InspectorRequest& req) {
  bool any = false;
  for (const ErrorMarker& e : s.errors()) {
    any = true;
    ImGui::PushID(&e);
    ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().failed));
    std::string text = trf("insp.error_at", {std::to_string(e.line), e.message});
    if (ImGui::Selectable(text.c_str())) req.reveal_line = e.line;
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  if (const trace::TraceModel* m = s.model(); m && m->size()) {
    uint32_t at = std::min(cursor, m->size() - 1);
    const auto& diags = m->diagnostics();
    for (uint32_t i = 0; i < diags.size(); ++i) {
      const trace::Event& e = m->event(diags[i]);
      any = true;
      bool future = diags[i] > at;
      ImGui::PushID(static_cast<int>(i));
      ImGui::PushStyleColor(ImGuiCol_Text, col4(future ? palette().muted_text : palette().warning));
      std::string text = std::string(diagnostic_text(e.diag())) + ": " +
                         localized_diagnostic(e.diag(), m->str(e.text));
      bool clicked = ImGui::Selectable(text.c_str());
      if (i < 4) note_item_rect(("problem_" + std::to_string(i)).c_str());
      if (clicked) {
        req.move_cursor = true;
        req.cursor = diags[i];
        if (e.line) req.reveal_line = static_cast<int>(e.line);
      }
      ImGui::PopStyleColor();
      ImGui::PopID();
    }
  }
  if (!any) empty_note("insp.no_problems");
}

}  // namespace al::gui
