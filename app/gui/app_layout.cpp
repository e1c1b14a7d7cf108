// The window's layout: menu bar, toolbar, the step explanation, the panes with their
// splitters (lessons | lesson text / code / inspector, timeline below), status bar, dialogs.
//
// Sections: menu bar · toolbar · explanation · panes and splitters · panels · status bar ·
// dialogs · requests from widgets.
#include <imgui_internal.h>

#include <algorithm>

#include "app/gui/app.h"
#include "app/gui/diagnostic_text.h"
#include "app/gui/engine_runner.h"
#include "app/gui/i18n.h"
#include "app/gui/icons.h"
#include "app/gui/lesson_text.h"
#include "app/gui/theme.h"
#include "app/gui/trace_text.h"
#include "app/gui/ui_rects.h"

namespace al::gui {

namespace {

constexpr float kSplitter = 6.0f;

ImVec4 col4(ImU32 c) {
  return ImGui::ColorConvertU32ToFloat4(c);
}

// A draggable splitter over `bb`; `size1`/`size2` are the pixel sizes on either side.
bool splitter(const char* id, ImRect bb, bool vertical, float* size1, float* size2, float min1,
              float min2) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  note_rect(id + 2, bb.Min.x, bb.Min.y, bb.GetWidth(), bb.GetHeight());
  return ImGui::SplitterBehavior(bb, w->GetID(id), vertical ? ImGuiAxis_X : ImGuiAxis_Y, size1,
                                 size2, min1, min2, 4.0f, 0.04f);
}

// A titled panel: a header line, then the body in a child region.
bool begin_panel(const char* id, const char* title, ImVec2 pos, ImVec2 size) {
  ImGui::SetCursorScreenPos(pos);
  ImGui::BeginChild(id, size, true,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  if (title) {
    ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().muted_text));
    ImGui::TextUnformatted(title);
    ImGui::PopStyleColor();
  }
  return true;
}

}  // namespace

// ---- menu bar ----

void App::draw_menu_bar() {
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu(trl("menu.file"))) {
    if (ImGui::MenuItem(trl("menu.save_as"), "Ctrl+Shift+S")) open_save_as_ = true;
    if (ImGui::MenuItem(trl("menu.reset"))) reset_to_original();
    if (ImGui::MenuItem(trl("menu.screenshot"), "F12")) screenshot_requested_ = true;
    teach_menu_file();
    ImGui::Separator();
    if (ImGui::MenuItem(trl("menu.quit"), "Ctrl+Q")) quit_ = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(trl("menu.view"))) {
    if (ImGui::MenuItem(trl("menu.theme_dark"), nullptr, settings_.theme == Theme::dark))
      set_theme(Theme::dark);
    if (ImGui::MenuItem(trl("menu.theme_light"), nullptr, settings_.theme == Theme::light))
      set_theme(Theme::light);
    ImGui::Separator();
    if (ImGui::BeginMenu(trl("menu.language"))) {
      if (ImGui::MenuItem(tr("lang.en"), nullptr, language() == Lang::en)) set_language(Lang::en);
      if (ImGui::MenuItem(tr("lang.zh"), nullptr, language() == Lang::zh)) set_language(Lang::zh);
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(trl("menu.panels"))) {
      ImGui::MenuItem(trl("panel.lessons"), nullptr, &settings_.panels.lessons);
      ImGui::MenuItem(trl("panel.lesson_text"), nullptr, &settings_.panels.lesson_text);
      ImGui::MenuItem(trl("panel.inspector"), nullptr, &settings_.panels.inspector);
      ImGui::MenuItem(trl("panel.timeline"), nullptr, &settings_.panels.timeline);
      ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem(trl("menu.font_bigger"), "Ctrl+=")) {
      settings_.font_scale = std::min(3.0f, settings_.font_scale + 0.1f);
      fonts_.set_scale(settings_.font_scale);
    }
    if (ImGui::MenuItem(trl("menu.font_smaller"), "Ctrl+-")) {
      settings_.font_scale = std::max(0.6f, settings_.font_scale - 0.1f);
      fonts_.set_scale(settings_.font_scale);
    }
    teach_menu_view();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(trl("menu.run"))) {
    if (ImGui::MenuItem(trl("run.rerun"), "F5")) rerun();
    if (ImGui::MenuItem(trl("run.stop"), "Shift+F5", false, live_.active())) stop_run();
    if (ImGui::MenuItem(trl(player_.playing() ? "run.pause" : "run.play"), "Space") &&
        session_.model())
      player_.set_playing(!player_.playing(), session_.model());
    if (ImGui::MenuItem(trl("run.start"), "Home")) player_.to_start();
    if (ImGui::MenuItem(trl("run.end"), "End")) player_.to_end();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(trl("menu.help"))) {
    if (ImGui::MenuItem(trl("menu.shortcuts"))) show_shortcuts_ = true;
    if (ImGui::MenuItem(trl("menu.about"))) show_about_ = true;
    ImGui::EndMenu();
  }
  // The language switch stays one click away, at the right end of the menu bar.
  const char* other = language() == Lang::en ? "中文" : "English";
  float w = ImGui::CalcTextSize(other).x + ImGui::GetStyle().FramePadding.x * 4;
  ImGui::SetCursorPosX(ImGui::GetWindowWidth() - w - 8);
  if (ImGui::MenuItem(other)) set_language(language() == Lang::en ? Lang::zh : Lang::en);
  note_item_rect("language_toggle");
  ImGui::EndMenuBar();
}

// ---- toolbar ----

void App::draw_toolbar() {
  const trace::TraceModel* m = session_.model();
  bool has = session_.has_trace();
  uint32_t before = player_.cursor();
  if (icon_button("##rerun", Icon::rerun, tr("tip.rerun"))) rerun();
  note_item_rect("rerun");
  ImGui::SameLine(0, 4);
  ImGui::BeginDisabled(!live_.active());
  if (ImGui::Button(tr("run.stop"))) stop_run();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", tr("tip.stop"));
  note_item_rect("stop");
  ImGui::EndDisabled();
  ImGui::SameLine(0, 8);
  bool real_clock = engine_clock() == ClockMode::Real;
  if (ImGui::Checkbox(tr("run.real_clock"), &real_clock)) {
    set_engine_clock(real_clock ? ClockMode::Real : ClockMode::Virtual);
    rerun();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("tip.real_clock"));
  note_item_rect("real_clock");
  ImGui::SameLine(0, 16);
  ImGui::BeginDisabled(!has);
  if (icon_button("##start", Icon::to_start, tr("tip.start"))) player_.to_start();
  ImGui::SameLine(0, 2);
  if (icon_button("##prev_switch", Icon::prev_switch, tr("tip.prev_switch")))
    player_.prev_switch(*m);
  ImGui::SameLine(0, 2);
  if (icon_button("##back", Icon::step_back, tr("tip.back"))) player_.step(-1);
  ImGui::SameLine(0, 2);
  bool playing = player_.playing();
  if (icon_button("##play", playing ? Icon::pause : Icon::play,
                  tr(playing ? "tip.pause" : "tip.play"), playing))
    player_.set_playing(!playing, m);
  note_item_rect("play");
  ImGui::SameLine(0, 2);
  if (icon_button("##forward", Icon::step_forward, tr("tip.forward"))) player_.step(1);
  ImGui::SameLine(0, 2);
  if (icon_button("##next_switch", Icon::next_switch, tr("tip.next_switch")))
    player_.next_switch(*m);
  ImGui::SameLine(0, 2);
  if (icon_button("##end", Icon::to_end, tr("tip.end"))) player_.to_end();
  ImGui::EndDisabled();
  if (player_.cursor() != before) cursor_moved_by_user();

  ImGui::SameLine(0, 16);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("run.speed"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150);
  if (settings_.axis == Axis::steps)
    ImGui::SliderFloat("##speed", &settings_.steps_per_second, 0.5f, 200.0f,
                       tr("run.steps_per_second"), ImGuiSliderFlags_Logarithmic);
  else
    ImGui::SliderFloat("##speed", &settings_.time_multiple, 0.05f, 20.0f, tr("run.time_multiple"),
                       ImGuiSliderFlags_Logarithmic);

  ImGui::SameLine(0, 16);
  ImGui::AlignTextToFramePadding();
  if (has) {
    uint32_t c = player_.cursor();
    ImGui::TextUnformatted(
        trf("run.event_of", {std::to_string(c), std::to_string(m->size() - 1)}).c_str());
    ImGui::SameLine(0, 12);
    ImGui::TextDisabled("%s", trf("status.vtime", {format_seconds(m->time_at(c))}).c_str());
    ImGui::SameLine(0, 12);
    ImGui::TextDisabled("%s", trf("run.step_of", {std::to_string(m->steps_at(c)),
                                                  std::to_string(m->step_begins().size())})
                                  .c_str());
  } else {
    ImGui::TextDisabled("%s", tr("run.no_trace"));
  }

  // The scenario's name at the right.
  std::string title;
  if (doc_.source == Source::lesson) {
    if (const Lesson* l = catalog_.find(doc_.lesson_id)) title = l->title(language());
  } else if (doc_.source == Source::file) {
    title = doc_.path.filename().string();
  } else if (doc_.source == Source::demo) {
    title = tr("lessons.demo");
  }
  float w = ImGui::CalcTextSize(title.c_str()).x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 16, ImGui::GetWindowWidth() - w - 16));
  ImGui::TextUnformatted(title.c_str());
}

// ---- explanation ----

void App::draw_explanation() {
  // One sentence for the event at the cursor: what the scheduler just did.
  const trace::TraceModel* m = session_.model();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float w = ImGui::GetContentRegionAvail().x;
  float h = ImGui::GetFrameHeight();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), 4.0f);
  std::string text;
  ImU32 col = palette().text;
  if (!session_.errors().empty() && (session_.kind() == RunKind::syntax_error)) {
    const ErrorMarker& e = session_.errors().front();
    text = trf("insp.error_at", {std::to_string(e.line), e.message});
    col = palette().error_text;
  } else if (session_.has_trace()) {
    uint32_t c = player_.cursor();
    text = event_sentence(*m, c);
    const trace::Event& e = m->event(c);
    if (e.task) col = session_.task_colour(e.task);
    dl->AddRectFilled(pos, ImVec2(pos.x + 4, pos.y + h), col, 2.0f);
  }
  if (editor_.text() != doc_.ran_text) text += "   " + std::string(tr("status.stale"));
  dl->AddText(ImVec2(pos.x + 12, pos.y + (h - ImGui::GetFontSize()) * 0.5f), col, text.c_str());
  ImGui::Dummy(ImVec2(w, h));
}

// ---- panes and splitters ----

void App::draw_body(float height) {
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  Panels& pv = settings_.panels;
  bool left = pv.lessons || pv.lesson_text;

  // The prediction question needs room for its lines: at least half the body while it is asked.
  float bottom =
      run_hidden() ? std::max(settings_.bottom_fraction, 0.5f) : settings_.bottom_fraction;
  float timeline_h = pv.timeline ? std::round(bottom * height) : 0;
  float top_h = height - (pv.timeline ? timeline_h + kSplitter : 0);
  if (pv.timeline) {
    ImRect bb(ImVec2(origin.x, origin.y + top_h),
              ImVec2(origin.x + width, origin.y + top_h + kSplitter));
    if (splitter("##split_bottom", bb, false, &top_h, &timeline_h, 160, 120))
      settings_.bottom_fraction = timeline_h / height;
  }
  float left_w = left ? std::round(settings_.left_fraction * width) : 0;
  float right_w = pv.inspector ? std::round(settings_.right_fraction * width) : 0;
  float center_w =
      width - left_w - right_w - (left ? kSplitter : 0) - (pv.inspector ? kSplitter : 0);
  if (left) {
    ImRect bb(ImVec2(origin.x + left_w, origin.y),
              ImVec2(origin.x + left_w + kSplitter, origin.y + top_h));
    if (splitter("##split_left", bb, true, &left_w, &center_w, 140, 300))
      settings_.left_fraction = left_w / width;
  }
  if (pv.inspector) {
    float x = origin.x + width - right_w - kSplitter;
    ImRect bb(ImVec2(x, origin.y), ImVec2(x + kSplitter, origin.y + top_h));
    if (splitter("##split_right", bb, true, &center_w, &right_w, 300, 220))
      settings_.right_fraction = right_w / width;
  }

  if (left) {
    float picker_h =
        pv.lesson_text ? (pv.lessons ? std::round(settings_.picker_fraction * top_h) : 0) : top_h;
    float text_h = top_h - picker_h - (pv.lessons && pv.lesson_text ? kSplitter : 0);
    if (pv.lessons && pv.lesson_text) {
      ImRect bb(ImVec2(origin.x, origin.y + picker_h),
                ImVec2(origin.x + left_w, origin.y + picker_h + kSplitter));
      if (splitter("##split_picker", bb, false, &picker_h, &text_h, 80, 80))
        settings_.picker_fraction = picker_h / top_h;
    }
    if (pv.lessons) {
      begin_panel("##lessons", tr("panel.lessons"), origin, ImVec2(left_w, picker_h));
      draw_lesson_picker(ImGui::GetContentRegionAvail());
      ImGui::EndChild();
    }
    if (pv.lesson_text) {
      ImVec2 p(origin.x, origin.y + (pv.lessons ? picker_h + kSplitter : 0));
      begin_panel("##lesson_text", tr("panel.lesson_text"), p, ImVec2(left_w, text_h));
      draw_lesson_text(ImGui::GetContentRegionAvail());
      ImGui::EndChild();
    }
  }
  float cx = origin.x + (left ? left_w + kSplitter : 0);
  begin_panel("##code", nullptr, ImVec2(cx, origin.y), ImVec2(center_w, top_h));
  draw_editor(ImGui::GetContentRegionAvail());
  ImGui::EndChild();
  if (pv.inspector) {
    begin_panel("##inspector_panel", nullptr, ImVec2(cx + center_w + kSplitter, origin.y),
                ImVec2(right_w, top_h));
    // Predict mode: the run's state would give the answer away.
    InspectorRequest r;
    if (std::optional<uint32_t> h = predict_preview())
      draw_preview_inspector(ImGui::GetContentRegionAvail(), *h);
    else if (run_hidden())
      draw_hidden_panel(ImGui::GetContentRegionAvail());
    else
      r = inspector_.draw(ImGui::GetContentRegionAvail(), session_, player_.cursor(),
                          selected_task_, fonts_.code());
    ImGui::EndChild();
    apply_inspector_request(r);
  }
  if (pv.timeline) {
    note_rect("timeline_panel", origin.x, origin.y + top_h + kSplitter, width, timeline_h);
    begin_panel("##timeline_panel", nullptr, ImVec2(origin.x, origin.y + top_h + kSplitter),
                ImVec2(width, timeline_h));
    // Predict mode: the question takes the timeline's place until it is answered.
    TimelineRequest r;
    if (run_hidden())
      draw_predict_panel(ImGui::GetContentRegionAvail());
    else
      r = timeline_.draw(ImGui::GetContentRegionAvail(), session_, player_.cursor(), selected_task_,
                         settings_.axis, settings_.wake_arrows_all, live_time_now());
    ImGui::EndChild();
    apply_timeline_request(r);
    if (!run_hidden()) draw_large_playhead();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height + ImGui::GetStyle().ItemSpacing.y));
}

// ---- panels ----

void App::draw_lesson_picker(ImVec2 size) {
  ImGui::BeginChild("##lesson_list", size, false);
  const auto& lessons = catalog_.lessons();
  if (!lessons.empty()) draw_progress_summary();
  int n = 0;
  for (const Lesson& l : lessons) {
    ++n;
    bool sel = doc_.source == Source::lesson && doc_.lesson_id == l.id;
    draw_progress_mark(l.id);
    std::string label = std::to_string(n) + ".  " + l.title(language()) + "###lesson_" + l.id;
    if (ImGui::Selectable(label.c_str(), sel) && !sel) open_lesson(l.id);
  }
  if (lessons.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().muted_text));
    ImGui::TextWrapped("%s", trf("lessons.none", {catalog_.dir().string()}).c_str());
    ImGui::PopStyleColor();
  }
  if (lessons.empty() || doc_.source == Source::demo) {
    if (ImGui::Selectable(trl("lessons.demo"), doc_.source == Source::demo) &&
        doc_.source != Source::demo)
      open_demo();
  }
  if (doc_.source == Source::file) {
    ImGui::Separator();
    std::string label = std::string(tr("lessons.file")) + ": " + doc_.path.filename().string();
    ImGui::Selectable(label.c_str(), true);
  }
  ImGui::EndChild();
}

void App::draw_lesson_text(ImVec2 size) {
  if (doc_.source == Source::lesson) return draw_lesson_flow(size);
  std::string key = doc_.lesson_id + "|" + language_code(language());
  if (key != lesson_text_key_) {
    lesson_text_key_ = key;
    lesson_text_cache_.clear();
    if (doc_.source == Source::lesson)
      if (const Lesson* l = catalog_.find(doc_.lesson_id)) lesson_text_cache_ = l->text(language());
    if (doc_.source == Source::demo) lesson_text_cache_ = tr("lessons.demo_text");
    if (lesson_text_cache_.empty()) lesson_text_cache_ = tr("lesson.no_text");
    fonts_.require(lesson_text_cache_);
  }
  ImGui::BeginChild("##lesson_text_body", size, false);
  ImGui::PushTextWrapPos(0);
  al::gui::draw_lesson_text(lesson_text_cache_, fonts_.heading(), fonts_.code());
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

void App::draw_editor(ImVec2 size) {
  // Header: file name, edited flag, reset.
  std::string name = doc_.path.filename().string();
  bool edited = editor_.text() != doc_.original;
  ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().muted_text));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(name.c_str());
  if (edited) {
    ImGui::SameLine();
    ImGui::TextUnformatted(("· " + std::string(tr("status.edited"))).c_str());
  }
  ImGui::PopStyleColor();
  if (edited) {
    ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(tr("menu.reset")).x - 30);
    if (ImGui::SmallButton(trl("menu.reset"))) reset_to_original();
  }
  ImVec2 avail = ImGui::GetContentRegionAvail();
  if (editor_.draw("##editor", ImVec2(size.x, avail.y), fonts_.code(), decorations()))
    editor_changed();
}

EditorDecorations App::decorations() {
  EditorDecorations d;
  for (const ErrorMarker& e : session_.errors()) d.errors.push_back(e);
  if (!session_.has_trace() || session_.stale()) return d;
  const trace::TraceModel& m = *session_.model();
  uint32_t c = player_.cursor();
  const trace::State& st = session_.state_at(c);
  const trace::Event& e = m.event(c);
  // The line is the event's; the colour is the running task's (a TaskCreated event belongs to
  // the new task's lane, but the creator is the one running that line).
  trace::TaskId current = st.running ? st.running : e.task;
  if (e.line && current) {
    d.current.line = static_cast<int>(e.line);
    d.current.color = session_.task_colour(current);
    d.current.label = m.task_name(current);
  } else if (st.running) {
    if (const trace::TaskInfo* t = st.task(st.running); t && t->line) {
      d.current.line = static_cast<int>(t->line);
      d.current.color = session_.task_colour(st.running);
      d.current.label = m.task_name(st.running);
    }
  }
  for (const trace::TaskInfo& t : st.tasks) {
    if (t.id == current || t.state != trace::TaskState::Waiting || !t.line) continue;
    std::string label = m.task_name(t.id) + " · " + std::string(m.str(t.awaiting));
    // Two tasks waiting on one line share it: the second adds its name to the first's label.
    auto same = std::find_if(d.suspended.begin(), d.suspended.end(), [&](const LineMarker& lm) {
      return lm.line == static_cast<int>(t.line);
    });
    if (same != d.suspended.end()) {
      same->label += ",  " + label;
      continue;
    }
    d.suspended.push_back(LineMarker{static_cast<int>(t.line), session_.task_colour(t.id), label});
  }
  for (uint32_t i = 0; i < m.diagnostics_count_at(c); ++i) {
    const trace::Event& de = m.event(m.diagnostics()[i]);
    if (de.line)
      d.errors.push_back(ErrorMarker{static_cast<int>(de.line), 0,
                                     localized_diagnostic(de.diag(), m.str(de.text))});
  }
  return d;
}

// ---- status bar ----

void App::draw_status_bar() {
  ImGui::Separator();
  ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().muted_text));
  switch (session_.kind()) {
    case RunKind::synthetic:
      ImGui::TextUnformatted(tr("status.synthetic"));
      break;
    case RunKind::syntax_error:
      ImGui::TextColored(col4(palette().error_text), "%s", tr("status.syntax_error"));
      break;
    case RunKind::failed:
      ImGui::TextColored(
          col4(palette().warning), "%s",
          session_.exit_status() == 3
              ? tr("status.stopped")
              : trf("status.failed", {std::to_string(session_.exit_status())}).c_str());
      break;
    case RunKind::running:
      ImGui::TextColored(col4(palette().warning), "%s",
                         trf("status.running", {std::to_string(session_.size())}).c_str());
      break;
    case RunKind::stopped:
      ImGui::TextUnformatted(tr("status.user_stopped"));
      break;
    case RunKind::ok:
    case RunKind::none:
      ImGui::TextUnformatted(tr("status.ok"));
      break;
  }
  ImGui::SameLine(0, 16);
  ImGui::Text("%s", trf("status.run_ms",
                        {format_seconds(std::round(session_.run_milliseconds() * 10) / 10)})
                        .c_str());
  if (edits_.pending() || editor_.text() != doc_.original) {
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(tr(edits_.pending() ? "status.edited" : "status.saved"));
  }
  if (!fonts_.warning().empty()) {
    ImGui::SameLine(0, 16);
    ImGui::TextColored(col4(palette().warning), "%s",
                       trf("status.font_warning", {fonts_.warning()}).c_str());
  }
  if (now() < status_message_until_) {
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(status_message_.c_str());
  }
  const char* hint = tr("status.hint");
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 16,
                           ImGui::GetWindowWidth() - ImGui::CalcTextSize(hint).x - 16));
  ImGui::TextUnformatted(hint);
  ImGui::PopStyleColor();
}

// ---- dialogs ----

void App::draw_dialogs() {
  if (open_save_as_) {
    ImGui::OpenPopup("###save_as");
    save_as_path_ =
        (std::filesystem::current_path() /
         (doc_.source == Source::lesson ? doc_.lesson_id + ".py" : doc_.path.filename().string()))
            .string();
    open_save_as_ = false;
  }
  ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_Appearing);
  if (ImGui::BeginPopupModal((std::string(tr("menu.save_as")) + "###save_as").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(tr("dialog.save_as_path"));
    ImGui::SetNextItemWidth(540);
    char buf[1024];
    std::snprintf(buf, sizeof buf, "%s", save_as_path_.c_str());
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool enter = ImGui::InputText("##path", buf, sizeof buf, ImGuiInputTextFlags_EnterReturnsTrue);
    save_as_path_ = buf;
    if (ImGui::Button(trl("dialog.save")) || enter) {
      if (save_as(save_as_path_)) ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(trl("dialog.cancel")) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
      ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }

  if (show_shortcuts_) {
    ImGui::OpenPopup("###shortcuts");
    show_shortcuts_ = false;
  }
  if (ImGui::BeginPopupModal((std::string(tr("menu.shortcuts")) + "###shortcuts").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
      const char* rows[][2] = {{"Space", "help.space"},
                               {"← / →", "help.arrows"},
                               {"Shift+← / →", "help.shift_arrows"},
                               {"PageUp / PageDown", "help.pages"},
                               {"Home / End", "help.home_end"},
                               {"F5, Ctrl+Enter", "help.rerun"},
                               {"Shift+F5", "tip.stop"},
                               {"F", "help.fit"},
                               {"Ctrl+wheel", "help.zoom"},
                               {"wheel, drag", "help.pan"},
                               {"Esc", "help.escape"},
                               {"F12", "help.screenshot"},
                               {"Shift+F12", "menu.export_timeline_png"},
                               {"F11", "menu.presentation"},
                               {"+ / -", "help.present_scale"},
                               {"N / P", "help.guided_steps"},
                               {"Ctrl+E", "menu.export_trace"},
                               {"Ctrl+Shift+E", "menu.export_text"},
                               {"Ctrl+G", "menu.export_gif"}};
      for (auto& r : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r[0]);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr(r[1]));
      }
      ImGui::EndTable();
    }
    if (ImGui::Button(trl("help.close")) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
      ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }

  if (show_about_) {
    ImGui::OpenPopup("###about");
    show_about_ = false;
  }
  if (ImGui::BeginPopupModal((std::string(tr("menu.about")) + "###about").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(tr("about.text"));
    ImGui::TextDisabled("Dear ImGui %s · GLFW · fontconfig", IMGUI_VERSION);
    if (ImGui::Button(trl("help.close"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

// ---- requests from widgets ----

void App::apply_timeline_request(const TimelineRequest& r) {
  if (r.move_cursor) {
    player_.set_cursor(r.cursor);
    if (session_.has_trace()) {
      const trace::Event& e = session_.model()->event(player_.cursor());
      if (e.line) editor_.reveal_line(static_cast<int>(e.line));
    }
  }
  if (r.select_task) selected_task_ = r.task;
  if (r.set_axis) settings_.axis = r.axis;
  if (r.set_arrows) settings_.wake_arrows_all = r.arrows_all;
}

void App::apply_inspector_request(const InspectorRequest& r) {
  if (r.move_cursor) {
    player_.set_cursor(r.cursor);
    timeline_.reveal_cursor();
  }
  if (r.select_task) selected_task_ = r.task;
  if (r.reveal_line) editor_.reveal_line(r.reveal_line);
}

}  // namespace al::gui
