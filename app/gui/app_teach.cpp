// The window as a teaching tool (issue 6): the lesson text with guided steps and "try this"
// buttons, progress in the lesson list, predict mode (the run stays hidden until the question
// is answered, then it is graded from the trace), presentation mode, and the exports.
//
// Sections: lesson flow · predict mode · presentation mode · exports · keys and menus · state.
#include <GLFW/glfw3.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/gui/app.h"
#include "app/gui/edit_store.h"
#include "app/gui/export_png.h"
#include "app/gui/export_trace.h"
#include "app/gui/guided_step.h"
#include "app/gui/i18n.h"
#include "app/gui/paths.h"
#include "app/gui/theme.h"
#include "app/gui/timeline_model.h"
#include "app/gui/trace_text.h"
#include "app/gui/ui_rects.h"

namespace al::gui {

namespace {

constexpr int kGifSwitches = 20;  // task switches a GIF shows
constexpr int kGifDelayCs = 60;   // hundredths of a second per frame
constexpr float kPresentScale = 1.5f;

ImVec4 col4(ImU32 c) {
  return ImGui::ColorConvertU32ToFloat4(c);
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

}  // namespace

// ---- lesson flow ----

void App::ensure_lesson_doc() {
  std::string key = doc_.lesson_id + "|" + language_code(language());
  if (key == teach_.doc_key) return;
  teach_.doc_key = key;
  teach_.doc = LessonDoc{};
  if (const Lesson* l = catalog_.find(doc_.lesson_id)) {
    std::string text = l->text(language());
    fonts_.require(text);
    teach_.doc = parse_lesson(text);
  }
  for (const std::string& line : teach_.doc.predict.lines) fonts_.require(line);
}

void App::teach_lesson_opened() {
  ensure_lesson_doc();
  LessonProgress& p = teach_.progress.lessons[doc_.lesson_id];
  p.visited = true;
  save_progress(progress_path(), teach_.progress);
  teach_.view = LessonViewState{};
  teach_.predict.reset(teach_.doc.predict);
  teach_.predict_lesson = doc_.lesson_id;
  teach_.grade.reset();
  teach_.revealed = p.answered;
  teach_.grade_pending = p.answered;
  teach_.preview_tab_set = false;
}

void App::load_variant(int n) {
  const Lesson* l = catalog_.find(doc_.lesson_id);
  if (!l) return;
  Document d;
  d.source = Source::lesson;
  d.lesson_id = l->id;
  d.path = n > 0 ? l->dir / ("variant-" + std::to_string(n) + ".py") : l->scenario;
  if (!read_file(d.path, d.original)) return;
  d.edit_key = edit_key_for_lesson(l->id) + (n > 0 ? "-variant-" + std::to_string(n) : "");
  load_document(std::move(d));
  teach_.view.active_variant = n;
  teach_.view.active_step = -1;
}

void App::go_to_step(int i, bool scroll_text) {
  if (i < 0 || i >= static_cast<int>(teach_.doc.steps.size()) || !session_.has_trace()) return;
  const StepMarker& m = teach_.doc.steps[static_cast<std::size_t>(i)];
  std::optional<ScheduleEvent> e = find_step(schedule_of(*session_.model()), m);
  teach_.view.active_step = i;
  teach_.view.scroll_to_active = scroll_text;
  if (!e) {
    status_message_ = trf("lesson.step_missing", {m.task, m.event});
    status_message_until_ = now() + 4.0;
    return;
  }
  player_.set_playing(false, session_.model());
  player_.set_cursor(e->index);
  selected_task_ = m.lane == "loop" ? 0 : e->id;
  inspector_.select_panel(m.panel);
  cursor_moved_by_user();
}

void App::draw_progress_mark(const std::string& id) {
  const LessonProgress& p = teach_.progress.of(id);
  const Palette& pal = palette();
  float r = ImGui::GetFontSize() * 0.28f;
  ImVec2 c = ImGui::GetCursorScreenPos();
  c.x += r + 1;
  c.y += ImGui::GetTextLineHeight() * 0.5f + 1;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (p.answered)
    dl->AddCircleFilled(c, r, p.correct ? pal.ok : pal.warning);
  else
    dl->AddCircle(c, r, p.visited ? pal.accent : pal.muted_text, 0, p.visited ? 2.5f : 1.0f);
  ImGui::Dummy(ImVec2(2 * r + 2, ImGui::GetTextLineHeight()));
  ImGui::SameLine();
}

void App::draw_progress_summary() {
  int answered = 0, visited = 0;
  for (const Lesson& l : catalog_.lessons()) {
    answered += teach_.progress.of(l.id).answered;
    visited += teach_.progress.of(l.id).visited;
  }
  ImGui::TextDisabled("%s",
                      trf("lessons.progress", {std::to_string(visited), std::to_string(answered),
                                               std::to_string(catalog_.lessons().size())})
                          .c_str());
}

void App::draw_lesson_flow(ImVec2 size) {
  ensure_lesson_doc();
  update_grade();
  teach_.view.revealed = teach_.revealed || !teach_.progress.predict_first;
  note_rect("lesson_text_body", ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y,
            size.x, size.y);
  ImGui::BeginChild("##lesson_text_body", size, false);
  if (teach_.grade) draw_grade_card();
  LessonViewRequest r =
      draw_lesson_doc(teach_.doc, teach_.view, LessonFonts{fonts_.heading(), fonts_.code()});
  teach_.view.scroll_to_active = false;
  ImGui::EndChild();
  if (r.go_step >= 0) go_to_step(r.go_step, false);
  if (r.load_variant >= 0) load_variant(r.load_variant);
}

// ---- predict mode ----

bool App::run_hidden() const {
  return doc_.source == Source::lesson && teach_.progress.predict_first && !teach_.revealed &&
         teach_.view.active_variant == 0 && teach_.doc.predict.kind != PredictSpec::Kind::none;
}

std::optional<uint32_t> App::predict_preview() const {
  if (!run_hidden() || live_.active() || !session_.has_trace()) return std::nullopt;
  std::optional<uint32_t> h = predict_horizon(teach_.doc.predict, *session_.model());
  if (h && *h >= session_.size()) return std::nullopt;
  return h;
}

void App::draw_preview_inspector(ImVec2 size, uint32_t horizon) {
  // The ready queue at the marked moment is what the question is about: show the loop tab once.
  if (!teach_.preview_tab_set) {
    inspector_.select(InspectorTab::loop);
    teach_.preview_tab_set = true;
  }
  if (player_.cursor() != horizon) {
    player_.set_playing(false, session_.model());
    player_.set_cursor(horizon);
  }
  // Requests (jump to an event, select a task) would move past the moment: ignored here.
  inspector_.draw(size, session_, horizon, selected_task_, fonts_.code());
}

void App::draw_predict_panel(ImVec2 size) {
  if (teach_.predict_lesson != doc_.lesson_id) {
    teach_.predict.reset(teach_.doc.predict);
    teach_.predict_lesson = doc_.lesson_id;
  }
  note_rect("predict_panel", ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y, size.x,
            size.y);
  if (teach_.predict.draw(teach_.doc.predict, predict_question(teach_.doc), size, fonts_.code()))
    submit_prediction();
}

void App::draw_hidden_panel(ImVec2 size) {
  ImGui::BeginChild("##hidden", size, false);
  ImGui::PushStyleColor(ImGuiCol_Text, col4(palette().muted_text));
  ImGui::TextWrapped("%s", tr("predict.hidden_panel"));
  ImGui::PopStyleColor();
  ImGui::EndChild();
}

void App::submit_prediction() {
  teach_.revealed = true;
  if (teach_.predict.skipped()) return;
  LessonProgress& p = teach_.progress.lessons[doc_.lesson_id];
  p.answered = true;
  p.answer = teach_.predict.answer(teach_.doc.predict);
  teach_.grade_pending = true;
  update_grade();
}

void App::update_grade() {
  // A run still going (live) is graded when it ends.
  if (!teach_.grade_pending || session_.kind() == RunKind::running || !session_.model()) return;
  teach_.grade_pending = false;
  LessonProgress& p = teach_.progress.lessons[doc_.lesson_id];
  const PredictSpec& spec = teach_.doc.predict;
  const trace::TraceModel& m = *session_.model();
  if (spec.kind == PredictSpec::Kind::order)
    teach_.grade = grade_order(spec, p.answer, printed_lines(m));
  else
    teach_.grade = grade_next(spec, p.answer.empty() ? "" : p.answer.front(), m);
  if (!teach_.grade->valid) return;
  p.correct = teach_.grade->correct;
  save_progress(progress_path(), teach_.progress);
  if (spec.kind == PredictSpec::Kind::next) {
    player_.set_cursor(teach_.grade->after_index);
    cursor_moved_by_user();
  }
}

void App::draw_grade_card() {
  const Grade& g = *teach_.grade;
  const Palette& pal = palette();
  // A tinted card as tall as its content (ImGui 1.86 children cannot size to their content).
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter split;
  split.Split(dl, 2);
  split.SetCurrentChannel(dl, 1);
  ImVec2 top = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  ImGui::Indent(6.0f);
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::BeginGroup();
  ImGui::PushStyleColor(ImGuiCol_Text, col4(g.correct ? pal.ok : pal.warning));
  std::string head = g.correct ? tr("grade.right") : tr("grade.not_quite");
  if (teach_.doc.predict.kind == PredictSpec::Kind::order)
    head += "  " + trf("grade.in_place", {std::to_string(g.right), std::to_string(g.total)});
  ImGui::TextUnformatted(head.c_str());
  ImGui::PopStyleColor();
  ImGui::PushTextWrapPos(0);
  if (teach_.doc.predict.kind == PredictSpec::Kind::order) {
    ImGui::TextDisabled("%s", tr("grade.real_order"));
    for (const LineVerdict& v : g.lines) {
      bool placed_right = v.printed && v.answer_pos == v.expected_pos;
      bool ok = v.printed ? placed_right : v.answer_pos < 0;
      ImGui::PushStyleColor(ImGuiCol_Text, col4(ok ? pal.ok : pal.error_text));
      ImGui::TextUnformatted(ok ? "+" : "-");
      ImGui::PopStyleColor();
      ImGui::SameLine();
      ImGui::PushFont(fonts_.code());
      ImGui::TextUnformatted(v.text.c_str());
      ImGui::PopFont();
      std::string why;
      if (v.printed)
        why = trf("grade.printed_by",
                  {v.origin.task.empty() ? tr("grade.the_loop") : v.origin.task,
                   format_seconds(v.origin.vtime), std::to_string(v.origin.step)});
      else
        why = tr("grade.never_printed");
      if (v.answer_pos >= 0)
        why += "  " + trf("grade.you_put", {std::to_string(v.answer_pos + 1)});
      else
        why += "  " + std::string(tr(v.printed ? "grade.you_left_out" : "grade.you_discarded"));
      ImGui::Indent();
      ImGui::TextDisabled("%s", why.c_str());
      ImGui::Unindent();
    }
  } else {
    const StepMarker& a = teach_.doc.predict.after;
    ImGui::TextUnformatted(
        trf("grade.next_explain",
            {a.task, a.event, format_seconds(g.after_vtime), join(g.ready_queue, ", "), g.actual})
            .c_str());
    ImGui::TextUnformatted(trf("grade.you_chose", {g.chosen}).c_str());
    if (ImGui::SmallButton(trl("grade.show_moment"))) {
      player_.set_cursor(g.next_index);
      selected_task_ = 0;
      cursor_moved_by_user();
    }
    note_item_rect("grade_show_moment");
  }
  ImGui::PopTextWrapPos();
  if (ImGui::SmallButton(trl("grade.again"))) {
    teach_.grade.reset();
    teach_.revealed = false;
    teach_.progress.lessons[doc_.lesson_id].answered = false;
    teach_.predict.reset(teach_.doc.predict);
    save_progress(progress_path(), teach_.progress);
  }
  note_item_rect("grade_again");
  ImGui::EndGroup();
  ImGui::Unindent(6.0f);
  float bottom = ImGui::GetItemRectMax().y + 4;
  split.SetCurrentChannel(dl, 0);
  ImU32 tint = g.correct ? pal.ok : pal.warning;
  dl->AddRectFilled(top, ImVec2(top.x + width, bottom), with_alpha(tint, 0.12f), 4.0f);
  dl->AddRect(top, ImVec2(top.x + width, bottom), with_alpha(tint, 0.6f), 4.0f);
  split.Merge(dl);
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
  ImGui::Dummy(ImVec2(width, 4));
}

// ---- presentation mode ----

void App::apply_contrast_style() {
  // Black on white with visible borders: what a projector in a lit room still shows.
  ImGuiStyle& s = ImGui::GetStyle();
  ImVec4 white(1, 1, 1, 1), black(0, 0, 0, 1);
  s.Colors[ImGuiCol_WindowBg] = white;
  s.Colors[ImGuiCol_ChildBg] = white;
  s.Colors[ImGuiCol_PopupBg] = white;
  s.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.92f, 0.92f, 0.92f, 1);
  s.Colors[ImGuiCol_Text] = black;
  s.Colors[ImGuiCol_TextDisabled] = ImVec4(0.25f, 0.25f, 0.25f, 1);
  s.Colors[ImGuiCol_Border] = black;
  s.Colors[ImGuiCol_FrameBg] = ImVec4(0.9f, 0.9f, 0.9f, 1);
  s.Colors[ImGuiCol_Button] = ImVec4(0.85f, 0.85f, 0.85f, 1);
  s.ChildBorderSize = 2.0f;
  s.FrameBorderSize = 1.0f;
}

void App::toggle_presentation() {
  TeachState& t = teach_;
  t.presenting = !t.presenting;
  if (t.presenting) {
    t.saved_panels = settings_.panels;
    t.saved_theme = settings_.theme;
    t.saved_scale = settings_.font_scale;
    t.saved_left = settings_.left_fraction;
    // The lesson text is what the class reads: it gets the room the hidden panels leave.
    settings_.left_fraction = std::max(settings_.left_fraction, 0.3f);
    settings_.panels.lessons = false;
    settings_.panels.inspector = false;
    set_theme(Theme::light);
    apply_contrast_style();
    settings_.font_scale = std::max(settings_.font_scale, kPresentScale);
    fonts_.set_scale(settings_.font_scale);
    glfwGetWindowPos(window_, &t.saved_x, &t.saved_y);
    glfwGetWindowSize(window_, &t.saved_w, &t.saved_h);
    if (GLFWmonitor* mon = glfwGetPrimaryMonitor())
      if (const GLFWvidmode* mode = glfwGetVideoMode(mon))
        glfwSetWindowMonitor(window_, mon, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    settings_.panels = t.saved_panels;
    settings_.left_fraction = t.saved_left;
    set_theme(t.saved_theme);
    ImGui::GetStyle().ChildBorderSize = 1.0f;
    ImGui::GetStyle().FrameBorderSize = 0.0f;
    settings_.font_scale = t.saved_scale;
    fonts_.set_scale(settings_.font_scale);
    if (glfwGetWindowMonitor(window_))
      glfwSetWindowMonitor(window_, nullptr, t.saved_x, t.saved_y, std::max(t.saved_w, 640),
                           std::max(t.saved_h, 480), 0);
  }
}

void App::scale_fonts(float delta) {
  settings_.font_scale = std::clamp(settings_.font_scale + delta, 0.6f, 3.0f);
  fonts_.set_scale(settings_.font_scale);
}

void App::draw_large_playhead() {
  if (!teach_.presenting || !session_.has_trace()) return;
  auto it = item_rects().find("timeline_lanes");
  if (it == item_rects().end()) return;
  const auto& r = it->second;
  TimelineAxes axes(*session_.model(), settings_.axis);
  float x = timeline_.view(settings_.axis).to_x(axes.cursor_pos(player_.cursor()));
  if (x < r[0] || x > r[0] + r[2]) return;
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  ImU32 c = palette().playhead;
  dl->AddLine(ImVec2(x, r[1]), ImVec2(x, r[1] + r[3]), c, 5.0f);
  dl->AddTriangleFilled(ImVec2(x - 12, r[1]), ImVec2(x + 12, r[1]), ImVec2(x, r[1] + 16), c);
  note_rect("large_playhead", x - 2.5f, r[1], 5.0f, r[3]);
}

// ---- exports ----

std::string App::export_stem() const {
  if (doc_.source == Source::lesson)
    return doc_.lesson_id + (teach_.view.active_variant
                                 ? "-variant-" + std::to_string(teach_.view.active_variant)
                                 : "");
  return doc_.path.stem().string().empty() ? "awaitlab" : doc_.path.stem().string();
}

void App::exported(bool ok, const std::filesystem::path& path) {
  if (ok) {
    ++teach_.exports;
    teach_.last_export = path.string();
  }
  status_message_ = trf(ok ? "export.done" : "export.failed", {path.string()});
  status_message_until_ = now() + 5.0;
}

void App::export_trace_json() {
  if (!session_.has_trace() || run_hidden()) return;
  std::filesystem::path p = next_export_path(data_dir() / "exports", export_stem(), "trace.json");
  exported(export_chrome_trace(*session_.model(), p), p);
}

void App::export_text() {
  if (!session_.has_trace() || run_hidden()) return;
  std::filesystem::path p = next_export_path(data_dir() / "exports", export_stem(), "txt");
  exported(export_text_timeline(*session_.model(), p), p);
}

void App::start_gif() {
  if (!session_.has_trace() || run_hidden() || !settings_.panels.timeline) return;
  player_.set_playing(false, session_.model());
  teach_.gif_frames.clear();
  teach_.gif_frames_left = kGifSwitches + 1;
}

RgbFrame App::read_timeline_pixels() {
  int fw = 0, fh = 0, ww = 0, wh = 0;
  glfwGetFramebufferSize(window_, &fw, &fh);
  glfwGetWindowSize(window_, &ww, &wh);
  auto it = item_rects().find("timeline_panel");
  if (it == item_rects().end() || ww <= 0 || wh <= 0)
    return read_framebuffer_region(0, 0, fw, fh, fw, fh);
  float sx = float(fw) / float(ww), sy = float(fh) / float(wh);
  const auto& r = it->second;
  return read_framebuffer_region(int(r[0] * sx), int(r[1] * sy), int(r[2] * sx), int(r[3] * sy), fw,
                                 fh);
}

void App::teach_after_render() {
  if (teach_.timeline_png_requested) {
    teach_.timeline_png_requested = false;
    std::filesystem::path p =
        next_export_path(data_dir() / "exports", export_stem() + "-timeline", "png");
    exported(write_png(p, read_timeline_pixels()), p);
  }
  if (teach_.gif_frames_left <= 0) return;
  teach_.gif_frames.push_back(read_timeline_pixels());
  uint32_t before = player_.cursor();
  if (--teach_.gif_frames_left > 0 && session_.model()) {
    player_.next_switch(*session_.model());
    timeline_.reveal_cursor();
  }
  if (teach_.gif_frames_left > 0 && player_.cursor() != before) return;
  teach_.gif_frames_left = 0;
  std::filesystem::path p = next_export_path(data_dir() / "exports", export_stem(), "gif");
  exported(write_gif(p, teach_.gif_frames, kGifDelayCs), p);
  teach_.gif_frames.clear();
}

// ---- keys and menus ----

void App::teach_keys() {
  ImGuiIO& io = ImGui::GetIO();
  auto pressed = [](int key) { return ImGui::IsKeyPressed(key, false); };
  if (pressed(GLFW_KEY_F11)) toggle_presentation();
  if (io.KeyCtrl && !io.KeyShift && pressed(GLFW_KEY_E)) export_trace_json();
  if (io.KeyCtrl && io.KeyShift && pressed(GLFW_KEY_E)) export_text();
  if (io.KeyShift && pressed(GLFW_KEY_F12)) teach_.timeline_png_requested = true;
  if (io.KeyCtrl && pressed(GLFW_KEY_G)) start_gif();
  if (pressed(GLFW_KEY_F9)) set_scheduler(!scheduler_.on());
  bool typing = io.WantTextInput || editor_.focused() || io.KeyCtrl;
  // N / P: the lesson's next / previous guided step.
  if (!typing && doc_.source == Source::lesson && !teach_.doc.steps.empty()) {
    int last = static_cast<int>(teach_.doc.steps.size()) - 1;
    if (pressed(GLFW_KEY_N)) go_to_step(std::min(teach_.view.active_step + 1, last), true);
    if (pressed(GLFW_KEY_P)) go_to_step(std::max(teach_.view.active_step - 1, 0), true);
  }
  if (!teach_.presenting || typing) return;
  // In presentation mode one key scales every font: + and -, Esc leaves.
  if (pressed(GLFW_KEY_EQUAL) || pressed(GLFW_KEY_KP_ADD)) scale_fonts(0.1f);
  if (pressed(GLFW_KEY_MINUS) || pressed(GLFW_KEY_KP_SUBTRACT)) scale_fonts(-0.1f);
  if (pressed(GLFW_KEY_ESCAPE)) toggle_presentation();
}

void App::teach_menu_file() {
  ImGui::Separator();
  bool can = session_.has_trace() && !run_hidden();
  if (ImGui::MenuItem(trl("menu.export_trace"), "Ctrl+E", false, can)) export_trace_json();
  if (ImGui::MenuItem(trl("menu.export_text"), "Ctrl+Shift+E", false, can)) export_text();
  if (ImGui::MenuItem(trl("menu.export_timeline_png"), "Shift+F12", false, can))
    teach_.timeline_png_requested = true;
  if (ImGui::MenuItem(trl("menu.export_gif"), "Ctrl+G", false, can)) start_gif();
  scheduler_menu_file();
}

void App::teach_menu_view() {
  ImGui::Separator();
  if (ImGui::MenuItem(trl("menu.presentation"), "F11", teach_.presenting)) toggle_presentation();
  if (ImGui::MenuItem(trl("menu.predict_first"), nullptr, teach_.progress.predict_first)) {
    teach_.progress.predict_first = !teach_.progress.predict_first;
    save_progress(progress_path(), teach_.progress);
  }
  scheduler_menu_view();
}

// ---- state ----

void App::teach_state(nlohmann::json& j) {
  using nlohmann::json;
  json t;
  t["predict_first"] = teach_.progress.predict_first;
  t["hidden"] = run_hidden();
  std::optional<uint32_t> preview = predict_preview();
  t["preview_cursor"] = preview ? nlohmann::json(*preview) : nlohmann::json(nullptr);
  t["revealed"] = teach_.revealed;
  t["predict_kind"] = teach_.doc.predict.kind == PredictSpec::Kind::order  ? "order"
                      : teach_.doc.predict.kind == PredictSpec::Kind::next ? "next"
                                                                           : "none";
  t["placed"] = teach_.predict.order().placed;
  t["pool"] = teach_.predict.order().pool;
  t["chosen"] = teach_.predict.chosen();
  t["steps"] = teach_.doc.steps.size();
  t["active_step"] = teach_.view.active_step;
  t["variant"] = teach_.view.active_variant;
  t["doc_problems"] = teach_.doc.problems;
  t["scheduler"] = scheduler_state();
  if (teach_.grade) {
    const Grade& g = *teach_.grade;
    t["grade"] = {
        {"valid", g.valid},   {"correct", g.correct},   {"right", g.right},
        {"total", g.total},   {"expected", g.expected}, {"first_mistake", g.first_mistake},
        {"actual", g.actual}, {"chosen", g.chosen},     {"ready_queue", g.ready_queue}};
  } else {
    t["grade"] = nullptr;
  }
  const LessonProgress& p = teach_.progress.of(doc_.lesson_id);
  t["lesson_progress"] = {{"visited", p.visited}, {"answered", p.answered}, {"correct", p.correct}};
  t["answered_lessons"] = teach_.progress.answered_count();
  t["presenting"] = teach_.presenting;
  t["fullscreen"] = window_ && glfwGetWindowMonitor(window_) != nullptr;
  t["exports"] = teach_.exports;
  t["last_export"] = teach_.last_export;
  t["recording_gif"] = teach_.gif_frames_left > 0;
  j["teach"] = t;
}

}  // namespace al::gui
