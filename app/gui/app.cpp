// Sections: lifecycle · the frame loop · keyboard · documents and runs.
#include "app/gui/app.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>
#include <thread>

#include "app/gui/demo_trace.h"
#include "app/gui/engine_runner.h"
#include "app/gui/gui_main.h"
#include "app/gui/i18n.h"
#include "app/gui/key_latch.h"
#include "app/gui/paths.h"
#include "app/gui/theme.h"
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "engine/vm/sandbox.h"

namespace al::gui {

namespace {

constexpr float kBaseFontPx = 16.0f;
constexpr double kIdleWait = 0.25;  // seconds between frames when nothing moves
constexpr double kFramePeriod = 1.0 / 60.0;
constexpr double kSyncWait = 0.25;  // a run taking longer goes live (live_run.h)

void glfw_error(int code, const char* what) {
  std::fprintf(stderr, "awaitlab: GLFW error %d: %s\n", code, what);
}

}  // namespace

// ---- lifecycle ----

App::App(Options options)
    : opt_(std::move(options)),
      edits_(data_dir() / "edits"),
      start_(std::chrono::steady_clock::now()) {
  settings_ = load_settings(settings_path());
  if (opt_.language) settings_.language = *opt_.language;
  if (opt_.theme) settings_.theme = *opt_.theme == "light" ? Theme::light : Theme::dark;
  if (opt_.width > 0) settings_.window_width = opt_.width;
  if (opt_.height > 0) settings_.window_height = opt_.height;
  al::gui::set_language(language_from_code(settings_.language));
  teach_.progress = load_progress(progress_path());
}

double App::now() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

bool App::init_window() {
  glfwSetErrorCallback(glfw_error);
  if (!glfwInit()) {
    std::fprintf(stderr,
                 "awaitlab: cannot open a window (no display?). "
                 "Use `awaitlab run FILE.py --timeline` in a terminal.\n");
    return false;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  window_ = glfwCreateWindow(settings_.window_width, settings_.window_height, "awaitlab", nullptr,
                             nullptr);
  if (!window_) {
    glfwTerminate();
    return false;
  }
  glfwMakeContextCurrent(window_);
  // The benchmark measures frame building, not waiting for the display.
  glfwSwapInterval(opt_.bench_frames > 0 ? 0 : 1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout lives in settings.json
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  key_latch::install(window_);
  ImGui_ImplOpenGL3_Init("#version 130");
  apply_theme(settings_.theme);
  fonts_.build(kBaseFontPx, settings_.font_scale);
  return true;
}

void App::shutdown() {
  // Presentation mode changes panels, theme and size only for the session.
  if (teach_.presenting) toggle_presentation();
  if (window_) {
    int w = 0, h = 0;
    glfwGetWindowSize(window_, &w, &h);
    if (w > 0 && h > 0 && opt_.bench_frames < 0) {
      settings_.window_width = w;
      settings_.window_height = h;
    }
  }
  live_.stop();
  edits_.flush(now(), true);
  if (opt_.bench_frames < 0) save_settings(settings_path(), settings_);
  write_state_if_changed(true);
  if (window_) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
  }
}

// ---- the frame loop ----

int App::run() {
  if (!init_window()) return kExitNoDisplay;
  catalog_.load(lessons_dir());
  if (opt_.bench_frames > 0) {
    run_benchmark();
    shutdown();
    return 0;
  }
  open_initial();
  if (!opt_.schedule.empty()) load_schedule(opt_.schedule);
  if (opt_.bench_reruns > 0) {
    run_rerun_benchmark();
    shutdown();
    return 0;
  }
  last_frame_time_ = now();
  while (!glfwWindowShouldClose(window_) && !quit_) {
    // Idle windows sleep until input arrives; playback and the caret need frames. ImGui sizes
    // some widgets (a tab whose label grew) from the previous frame, so every wake-up is followed
    // by two more frames before the window sleeps again.
    key_latch::new_frame();
    if (player_.playing() || live_.active() || frame_ < 3 || key_latch::pending() ||
        settle_frames_ > 0) {
      glfwPollEvents();
      if (settle_frames_ > 0) --settle_frames_;
    } else {
      glfwWaitEventsTimeout(kIdleWait);
      settle_frames_ = 2;
    }
    if (fonts_.rebuild_if_needed()) glyphs_checked_version_ = ~0ull;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    frame();
    ImGui::Render();
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(window_, &fw, &fh);
    glViewport(0, 0, fw, fh);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    bool auto_shot =
        !opt_.screenshot.empty() && opt_.screenshot_after >= 0 && frame_ == opt_.screenshot_after;
    if (auto_shot || screenshot_requested_) take_screenshot();
    teach_after_render();
    glfwSwapBuffers(window_);
    after_frame();
    if (player_.playing() || live_.active()) {
      // Without vsync (Xvfb) the loop would spin: hold playback to about 60 frames a second.
      double wait = last_frame_time_ + kFramePeriod - now();
      if (wait > 0) std::this_thread::sleep_for(std::chrono::duration<double>(wait));
    }
  }
  shutdown();
  return 0;
}

void App::after_frame() {
  ++frame_;
  edits_.flush(now());
  watch_file();
  write_state_if_changed(false);
  if (opt_.exit_after_frames >= 0 && frame_ >= opt_.exit_after_frames) quit_ = true;
}

void App::frame() {
  double t = now();
  double dt = std::min(0.1, t - last_frame_time_);
  last_frame_time_ = t;
  for (int b = 0; b < 3; ++b)
    if (ImGui::IsMouseClicked(b)) ++clicks_;
  handle_keys();
  poll_live();
  if (const trace::TraceModel* m = session_.model();
      m && player_.tick(dt, *m, settings_.axis, settings_.steps_per_second, settings_.time_multiple,
                        editor_.breakpoints())) {
    timeline_.reveal_cursor();
    if (player_.stopped_at_breakpoint()) editor_.reveal_line(player_.stopped_at_breakpoint());
  }
  // New characters (typed CJK, console output) reach the font atlas before the next frame.
  if (editor_.version() != glyphs_checked_version_) {
    glyphs_checked_version_ = editor_.version();
    fonts_.require(editor_.text());
  }

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 6));
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  draw_menu_bar();
  draw_toolbar();
  draw_explanation();
  float status_h = ImGui::GetFrameHeight() + 2;
  draw_body(ImGui::GetContentRegionAvail().y - status_h - ImGui::GetStyle().ItemSpacing.y);
  draw_status_bar();
  draw_dialogs();
  ImGui::End();
  draw_scheduler();
}

// ---- keyboard ----

void App::handle_keys() {
  ImGuiIO& io = ImGui::GetIO();
  // Commands fire once per press; only stepping repeats while an arrow key is held.
  auto pressed = [](int key) { return ImGui::IsKeyPressed(key, false); };
  auto repeating = [](int key) { return ImGui::IsKeyPressed(key, true); };
  teach_keys();
  // Keys that work everywhere, even while typing.
  if (io.KeyShift && pressed(GLFW_KEY_F5))
    stop_run();
  else if (pressed(GLFW_KEY_F5) ||
           (io.KeyCtrl && (pressed(GLFW_KEY_ENTER) || pressed(GLFW_KEY_KP_ENTER))))
    rerun();
  if (pressed(GLFW_KEY_F12)) screenshot_requested_ = true;
  if (io.KeyCtrl && pressed(GLFW_KEY_Q)) quit_ = true;
  if (io.KeyCtrl && io.KeyShift && pressed(GLFW_KEY_S))
    open_save_as_ = true;
  else if (io.KeyCtrl && pressed(GLFW_KEY_S) && doc_.source == Source::file)
    save_as(doc_.path);
  if (io.KeyCtrl && (pressed(GLFW_KEY_EQUAL) || pressed(GLFW_KEY_KP_ADD))) {
    settings_.font_scale = std::min(3.0f, settings_.font_scale + 0.1f);
    fonts_.set_scale(settings_.font_scale);
  }
  if (io.KeyCtrl && (pressed(GLFW_KEY_MINUS) || pressed(GLFW_KEY_KP_SUBTRACT))) {
    settings_.font_scale = std::max(0.6f, settings_.font_scale - 0.1f);
    fonts_.set_scale(settings_.font_scale);
  }
  if (editor_.focused()) {
    // Escape hands the arrow keys back to the stepper.
    if (pressed(GLFW_KEY_ESCAPE)) ImGui::SetWindowFocus(nullptr);
    return;
  }
  if (io.WantTextInput || !session_.model()) return;
  const trace::TraceModel& m = *session_.model();
  uint32_t before = player_.cursor();
  if (pressed(GLFW_KEY_SPACE)) player_.set_playing(!player_.playing(), &m);
  if (repeating(GLFW_KEY_RIGHT)) io.KeyShift ? player_.next_switch(m) : player_.step(1);
  if (repeating(GLFW_KEY_LEFT)) io.KeyShift ? player_.prev_switch(m) : player_.step(-1);
  if (pressed(GLFW_KEY_PAGE_DOWN)) player_.next_switch(m);
  if (pressed(GLFW_KEY_PAGE_UP)) player_.prev_switch(m);
  if (pressed(GLFW_KEY_HOME)) player_.to_start();
  if (pressed(GLFW_KEY_END)) player_.to_end();
  if (pressed(GLFW_KEY_F) && !io.KeyCtrl) timeline_.fit(settings_.axis);
  if (player_.cursor() != before) cursor_moved_by_user();
}

void App::cursor_moved_by_user() {
  // Stepping back stops following a live run; End follows it again.
  follow_live_ = player_.cursor() + 1 >= player_.size();
  timeline_.reveal_cursor();
  if (!session_.has_trace()) return;
  const trace::Event& e = session_.model()->event(player_.cursor());
  if (e.line) editor_.reveal_line(static_cast<int>(e.line));
}

// ---- documents and runs ----

void App::open_initial() {
  if (!opt_.file.empty()) return open_file(opt_.file);
  if (!opt_.lesson.empty()) {
    if (catalog_.find(opt_.lesson)) return open_lesson(opt_.lesson);
    std::fprintf(stderr, "awaitlab: no lesson '%s' in %s\n", opt_.lesson.c_str(),
                 catalog_.dir().c_str());
  }
  if (opt_.demo) return open_demo();
  if (catalog_.find(settings_.last_lesson)) return open_lesson(settings_.last_lesson);
  if (!catalog_.lessons().empty()) return open_lesson(catalog_.lessons().front().id);
  open_demo();
}

void App::open_lesson(const std::string& id) {
  const Lesson* l = catalog_.find(id);
  if (!l) return;
  Document d;
  d.source = Source::lesson;
  d.lesson_id = id;
  d.path = l->scenario;
  read_file(d.path, d.original);
  d.edit_key = edit_key_for_lesson(id);
  settings_.last_lesson = id;
  load_document(std::move(d));
  teach_lesson_opened();
}

void App::open_file(const std::filesystem::path& path) {
  Document d;
  d.source = Source::file;
  d.path = path;
  if (!read_file(path, d.original)) {
    std::fprintf(stderr, "awaitlab: cannot read %s\n", path.c_str());
  }
  std::error_code ec;
  d.mtime = std::filesystem::last_write_time(path, ec);
  d.edit_key = edit_key_for_file(path);
  if (!watcher_.watch(path))
    std::fprintf(stderr, "awaitlab: cannot watch %s for changes\n", path.c_str());
  load_document(std::move(d));
}

void App::open_demo() {
  Document d;
  d.source = Source::demo;
  d.lesson_id = "demo";
  d.path = "demo.py";
  d.original = kDemoSource;
  d.edit_key = "demo";
  load_document(std::move(d));
}

void App::load_document(Document doc) {
  edits_.flush(now(), true);
  doc_ = std::move(doc);
  std::optional<std::string> saved = edits_.load(doc_.edit_key);
  editor_.set_breakpoints({});
  editor_.set_text(saved ? *saved : doc_.original);
  player_.reset(0);
  player_.set_cursor(0);
  selected_task_ = 0;
  rerun();
}

void App::rerun() {
  std::string text = editor_.text();
  bool demo = doc_.source == Source::demo || opt_.demo;
  // The script reads and writes files only in its own folder (engine/vm/sandbox.h).
  if (!sandbox_set_workspace(doc_.path.parent_path().string())) sandbox_set_workspace("");
  scheduler_before_run();
  live_real_clock_ = engine_clock() == ClockMode::Real;
  live_seen_events_ = 0;
  RunResult r = live_.start(text, doc_.path.filename().string(), demo, kSyncWait);
  doc_.ran_text = text;
  bool live = r.kind == RunKind::running;
  session_.set(std::move(r));
  if (!live) scheduler_after_run();
  player_.reset(session_.size());
  follow_live_ = live;
  if (live) player_.to_end();
  if (session_.model()) {
    for (const trace::ConsoleLine& l : session_.model()->console_lines()) fonts_.require(l.text);
  }
  if (selected_task_ && session_.model() && !session_.model()->lane(selected_task_))
    selected_task_ = 0;
  if (session_.has_trace()) {
    const trace::Event& e = session_.model()->event(player_.cursor());
    if (e.line) editor_.reveal_line(static_cast<int>(e.line));
  }
}

void App::poll_live() {
  if (!live_.active()) return;
  bool done = live_.finished();
  session_.update();
  if (session_.size() != live_seen_events_) {
    live_seen_events_ = session_.size();
    live_seen_at_ = now();
  }
  if (done) {
    bool stopped = live_.stop_requested();
    session_.finish(live_.collect(), stopped);
    scheduler_after_run();
  }
  player_.reset(session_.size());
  if (follow_live_) {
    player_.to_end();
    timeline_.reveal_cursor();
  }
}

double App::live_time_now() const {
  if (!live_.active() || !live_real_clock_ || !session_.model() || session_.size() == 0) return -1;
  // Only while the loop runs a task or waits for a timer or I/O: after asyncio.run the loop
  // lane ends in its last callback while the program goes on outside the loop.
  const trace::Lane* loop = session_.model()->lane(0);
  if (!loop || loop->segments.empty()) return -1;
  const trace::LaneState last = loop->segments.back().state;
  if (last != trace::LaneState::LoopTask && last != trace::LaneState::LoopIdle) return -1;
  // The real clock moves in seconds: the newest event's time plus the time since it arrived.
  return session_.model()->time_at(session_.size() - 1) + (now() - live_seen_at_);
}

void App::stop_run() {
  if (!live_.active()) return;
  live_.stop();
  poll_live();
}

void App::reset_to_original() {
  edits_.discard(doc_.edit_key);
  editor_.set_text(doc_.original);
  rerun();
}

bool App::save_as(const std::filesystem::path& path) {
  bool ok = write_file_atomic(path, editor_.text());
  status_message_ =
      ok ? trf("status.saved_to", {path.string()}) : trf("status.save_failed", {path.string()});
  status_message_until_ = now() + 4.0;
  if (ok && doc_.source == Source::file && path == doc_.path) {
    doc_.original = editor_.text();
    std::error_code ec;
    doc_.mtime = std::filesystem::last_write_time(path, ec);
  }
  return ok;
}

void App::watch_file() {
  // A teacher edits the file in their own editor: rerun when it changes on disk, keeping the
  // cursor and the timeline's view, unless the learner has edited it here (their text wins;
  // Reset to original reloads).
  if (doc_.source != Source::file || !watcher_.poll()) return;
  std::string text;
  if (!read_file(doc_.path, text) || text == doc_.original) return;
  std::error_code ec;
  doc_.mtime = std::filesystem::last_write_time(doc_.path, ec);
  bool untouched = editor_.text() == doc_.original;
  doc_.original = text;
  if (untouched) {
    editor_.set_text(text);
    rerun();
  }
}

void App::editor_changed() {
  if (editor_.text() == doc_.original)
    edits_.discard(doc_.edit_key);
  else
    edits_.changed(doc_.edit_key, editor_.text(), now());
}

void App::set_language(Lang lang) {
  al::gui::set_language(lang);
  settings_.language = language_code(lang);
  lesson_text_key_.clear();
}

void App::set_theme(Theme theme) {
  settings_.theme = theme;
  apply_theme(theme);
}

}  // namespace al::gui
