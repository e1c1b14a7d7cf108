// What the window reports to the outside: the JSON state dump (--dump-state) the end-to-end
// test reads after every action, screenshots (--screenshot, F12) and the frame-time benchmark
// (--bench-frames).
#include <GLFW/glfw3.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/gui/app.h"
#include "app/gui/demo_trace.h"
#include "app/gui/diagnostic_text.h"
#include "app/gui/engine_runner.h"
#include "app/gui/fnv_hash.h"
#include "app/gui/i18n.h"
#include "app/gui/key_latch.h"
#include "app/gui/paths.h"
#include "app/gui/screenshot.h"
#include "app/gui/ui_rects.h"
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"

namespace al::gui {

std::string App::state_json() {
  using nlohmann::json;
  json j;
  const char* source = doc_.source == Source::lesson ? "lesson"
                       : doc_.source == Source::file ? "file"
                       : doc_.source == Source::demo ? "demo"
                                                     : "none";
  j["source"] = source;
  j["lesson"] = doc_.lesson_id;
  j["file"] = doc_.path.string();
  const trace::TraceModel* m = session_.model();
  j["events"] = session_.size();
  j["cursor"] = player_.cursor();
  j["playing"] = player_.playing();
  j["axis"] = axis_name(settings_.axis);
  j["selected_task"] = selected_task_;
  j["selected_task_name"] = selected_task_ && m ? m->task_name(selected_task_) : "";
  if (session_.has_trace()) {
    const trace::Event& e = m->event(player_.cursor());
    j["cursor_task"] = e.task;
    j["cursor_line"] = e.line;
    j["cursor_kind"] = std::string(trace::name(e.kind));
    j["vtime"] = e.vtime;
    j["steps"] = m->steps_at(player_.cursor());
  }
  static const char* kinds[] = {"none",      "ok",      "syntax_error", "failed",
                                "synthetic", "running", "stopped"};
  j["run"] = {{"count", session_.run_count()},
              {"live", live_.active()},
              {"exit_status", session_.exit_status()},
              {"clock", engine_clock() == ClockMode::Real ? "real" : "virtual"},
              {"kind", kinds[static_cast<int>(session_.kind())]},
              {"stale", session_.stale()}};
  json errors = json::array();
  for (const ErrorMarker& e : session_.errors())
    errors.push_back({{"line", e.line}, {"col", e.col}, {"message", e.message}});
  j["errors"] = errors;
  j["problems"] = m ? json(std::vector<uint32_t>(m->diagnostics().begin(), m->diagnostics().end()))
                    : json::array();
  // The Problems tab's sentences as shown, in the UI language.
  json problem_texts = json::array();
  if (m) {
    for (uint32_t di : m->diagnostics()) {
      const trace::Event& e = m->event(di);
      problem_texts.push_back(localized_diagnostic(e.diag(), m->str(e.text)));
    }
  }
  j["problem_texts"] = problem_texts;
  std::string text = editor_.text();
  const TextBuffer& b = editor_.buffer();
  j["editor"] = {{"hash", fnv1a_hex(text)},
                 {"dirty", text != doc_.original},
                 {"edited_since_run", text != doc_.ran_text},
                 {"lines", b.line_count()},
                 {"cursor_line", b.cursor().line + 1},
                 {"cursor_col", b.char_column(b.cursor().line, b.cursor().col) + 1},
                 {"current_line_text", b.line(b.cursor().line)},
                 {"focused", editor_.focused()},
                 {"breakpoints", json(std::vector<int>(editor_.breakpoints().begin(),
                                                       editor_.breakpoints().end()))},
                 {"saved_edit", edits_.path_for(doc_.edit_key).string()}};
  j["panels"] = {{"lessons", settings_.panels.lessons},
                 {"lesson_text", settings_.panels.lesson_text},
                 {"inspector", settings_.panels.inspector},
                 {"timeline", settings_.panels.timeline},
                 {"inspector_tab", Inspector::tab_name(inspector_.tab())}};
  const AxisMap& v = timeline_.view(settings_.axis);
  j["timeline"] = {{"u0", v.u0}, {"u1", v.u1}, {"collapsed", timeline_.collapsed().size()}};
  if (m) {
    // Where the time axis ends: the last event's time, or "now" in a live run on the real clock.
    TimelineAxes time_axis(*m, Axis::time);
    time_axis.set_live_end(live_time_now());
    j["timeline"]["time_extent"] = time_axis.extent();
  }
  j["theme"] = theme_name(settings_.theme);
  j["language"] = language_code(language());
  j["font"] = {{"cjk", fonts_.has_cjk()},
               {"ui", fonts_.ui_file().path},
               {"cjk_file", fonts_.cjk_file().path},
               {"warning", fonts_.warning()},
               {"scale", settings_.font_scale}};
  if (m) {
    json first = json::array();
    for (std::size_t i = 0; i < std::min<std::size_t>(5, m->console_lines().size()); ++i)
      first.push_back(m->console_lines()[i].first_event);
    j["console"] = {{"lines", m->console_lines().size()},
                    {"shown", session_.has_trace() ? m->console_count_at(player_.cursor()) : 0},
                    {"first_events", first}};
  }
  j["screenshots"] = screenshots_;
  j["input"] = {{"keys", key_latch::presses()}, {"clicks", clicks_}};
  j["missing_translations"] = missing_keys();
  j["layout"] = {{"left", settings_.left_fraction},
                 {"right", settings_.right_fraction},
                 {"bottom", settings_.bottom_fraction},
                 {"picker", settings_.picker_fraction}};
  int w = 0, h = 0;
  if (window_) glfwGetWindowSize(window_, &w, &h);
  j["window"] = {{"width", w}, {"height", h}};
  j["lessons"] = catalog_.lessons().size();
  json rects = json::object();
  for (const auto& [name, r] : item_rects()) rects[name] = {r[0], r[1], r[2], r[3]};
  j["rects"] = rects;
  teach_state(j);
  return j.dump(2) + "\n";
}

void App::write_state_if_changed(bool force) {
  if (opt_.dump_state.empty()) return;
  std::string s = state_json();
  if (!force && s == last_state_) return;
  last_state_ = s;
  write_file_atomic(opt_.dump_state, s);
}

void App::take_screenshot() {
  screenshot_requested_ = false;
  std::filesystem::path path = opt_.screenshot;
  if (path.empty())
    path = data_dir() / "screenshots" / ("awaitlab-" + std::to_string(screenshots_ + 1) + ".png");
  int fw = 0, fh = 0;
  glfwGetFramebufferSize(window_, &fw, &fh);
  if (write_framebuffer_png(path, fw, fh)) {
    ++screenshots_;
    status_message_ = trf("status.screenshot", {path.string()});
    status_message_until_ = now() + 4.0;
  } else {
    std::fprintf(stderr, "awaitlab: cannot write %s\n", path.c_str());
  }
}

namespace {

// CPU time of this thread in milliseconds: a frame's cost without the time other processes
// (or the software GL renderer's threads) took the core away.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

void App::run_benchmark() {
  // The worst case the issue names: a 1,000,000-event trace, all of it on screen (fit), the
  // cursor moving every frame so the inspector recomputes the state each time.
  constexpr uint32_t kTasks = 40;
  auto t0 = std::chrono::steady_clock::now();
  RunResult r;
  r.recorder = std::make_unique<trace::Recorder>(
      trace::RecorderOptions{.enabled = true, .wall_clock = false});
  record_load_trace(*r.recorder, static_cast<uint32_t>(opt_.bench_events), kTasks);
  r.model = std::make_unique<trace::TraceModel>(*r.recorder);
  r.kind = RunKind::synthetic;
  double build_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  doc_.source = Source::demo;
  doc_.lesson_id = "bench";
  doc_.path = "bench.py";
  doc_.original = kDemoSource;
  editor_.set_text(kDemoSource);
  doc_.ran_text = kDemoSource;
  session_.set(std::move(r));
  player_.reset(session_.size());

  std::vector<double> frame_ms, timeline_ms;
  uint32_t n = session_.size();
  for (int i = 0; i < opt_.bench_frames && !glfwWindowShouldClose(window_); ++i) {
    glfwPollEvents();
    double f0 = thread_cpu_ms();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    player_.set_cursor(
        static_cast<uint32_t>(static_cast<uint64_t>(n - 1) * static_cast<uint64_t>(i) /
                              std::max(1, opt_.bench_frames - 1)));
    frame();
    ImGui::Render();
    double f1 = thread_cpu_ms();
    // Frames after the first: the first one also fits the view and lays out the panes.
    if (i > 0) {
      frame_ms.push_back(f1 - f0);
      timeline_ms.push_back(timeline_.last_draw_ms());
    }
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(window_, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!opt_.screenshot.empty() && i == opt_.bench_frames / 2) take_screenshot();
    glfwSwapBuffers(window_);
    ++frame_;
  }
  if (frame_ms.empty()) return;
  std::sort(frame_ms.begin(), frame_ms.end());
  std::sort(timeline_ms.begin(), timeline_ms.end());
  int w = 0, h = 0;
  glfwGetWindowSize(window_, &w, &h);
  std::printf("bench: %u events, %u tasks, trace recorded and modelled in %.0f ms\n", n, kTasks,
              build_ms);
  std::printf(
      "bench: %zu frames at %dx%d: CPU frame build min %.2f ms, median %.2f ms, p95 %.2f ms, "
      "max %.2f ms (timeline median %.2f ms)\n",
      frame_ms.size(), w, h, frame_ms.front(), frame_ms[frame_ms.size() / 2],
      frame_ms[frame_ms.size() * 95 / 100], frame_ms.back(), timeline_ms[timeline_ms.size() / 2]);
  std::fflush(stdout);
}

void App::run_rerun_benchmark() {
  // What F5 costs: the syntax check, the run on the interpreter, the trace model, and the
  // first frame that draws the new timeline (wall time: the run has its own thread).
  std::vector<double> ms;
  for (int i = 0; i < opt_.bench_reruns && !glfwWindowShouldClose(window_); ++i) {
    glfwPollEvents();
    auto t0 = std::chrono::steady_clock::now();
    rerun();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    frame();
    ImGui::Render();
    ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(window_, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window_);
    ++frame_;
  }
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  std::printf(
      "bench: %s, %u events: rerun key to new timeline min %.1f ms, median %.1f ms, max %.1f ms "
      "over %zu reruns\n",
      doc_.path.filename().c_str(), session_.size(), ms.front(), ms[ms.size() / 2], ms.back(),
      ms.size());
  std::fflush(stdout);
}

}  // namespace al::gui
