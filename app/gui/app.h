// The awaitlab window: owns the GLFW window and ImGui, the open scenario (a lesson, a file or
// the demo), its last run, the cursor, and the widgets; runs the frame loop; saves settings and
// edits; writes the state dump and screenshots the tests read.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "app/gui/code_editor.h"
#include "app/gui/edit_store.h"
#include "app/gui/file_watch.h"
#include "app/gui/fonts.h"
#include "app/gui/inspector.h"
#include "app/gui/lessons.h"
#include "app/gui/live_run.h"
#include "app/gui/options.h"
#include "app/gui/player.h"
#include "app/gui/scheduler_mode.h"
#include "app/gui/session.h"
#include "app/gui/settings.h"
#include "app/gui/teach_state.h"
#include "app/gui/timeline.h"

struct GLFWwindow;

namespace al::gui {

class App {
 public:
  explicit App(Options options);
  int run();

 private:
  // What is open in the editor.
  enum class Source { none, lesson, file, demo };
  struct Document {
    Source source = Source::none;
    std::string lesson_id;
    std::filesystem::path path;  // the scenario file (lesson scenario.py or FILE)
    std::string original;        // its text on disk
    std::string edit_key;        // where the learner's edits are kept
    std::string ran_text;        // the text of the run on screen
    std::filesystem::file_time_type mtime{};
  };

  // lifecycle and loop (app.cpp)
  bool init_window();
  void shutdown();
  void frame();
  void after_frame();
  void handle_keys();
  double now() const;

  // documents and runs (app.cpp)
  void open_initial();
  void open_lesson(const std::string& id);
  void open_file(const std::filesystem::path& path);
  void open_demo();
  void load_document(Document doc);
  void rerun();
  void poll_live();
  void stop_run();
  void reset_to_original();
  bool save_as(const std::filesystem::path& path);
  void watch_file();
  void editor_changed();
  void set_language(Lang lang);
  void set_theme(Theme theme);

  // layout and panels (app_layout.cpp)
  void draw_menu_bar();
  void draw_toolbar();
  void draw_explanation();
  void draw_body(float height);
  void draw_lesson_picker(ImVec2 size);
  void draw_lesson_text(ImVec2 size);
  void draw_editor(ImVec2 size);
  void draw_status_bar();
  void draw_dialogs();
  EditorDecorations decorations();
  void apply_timeline_request(const TimelineRequest& r);
  void apply_inspector_request(const InspectorRequest& r);
  void cursor_moved_by_user();

  // state dump and screenshots (app_state.cpp)
  std::string state_json();
  void write_state_if_changed(bool force);
  void take_screenshot();
  void run_benchmark();
  void run_rerun_benchmark();

  // teaching: lesson flow, predict mode, presentation, exports (app_teach.cpp)
  void ensure_lesson_doc();
  void teach_lesson_opened();
  void load_variant(int n);
  void go_to_step(int i, bool scroll_text);
  void draw_progress_mark(const std::string& lesson_id);
  void draw_progress_summary();
  void draw_lesson_flow(ImVec2 size);
  bool run_hidden() const;
  // The loop's time now during a live run on the real clock, else -1 (Timeline::draw).
  double live_time_now() const;
  void draw_predict_panel(ImVec2 size);
  void draw_hidden_panel(ImVec2 size);
  // A "next" question shows the run's state up to its marked moment: that event, if any.
  std::optional<uint32_t> predict_preview() const;
  void draw_preview_inspector(ImVec2 size, uint32_t horizon);
  void submit_prediction();
  void update_grade();
  void draw_grade_card();
  void apply_contrast_style();
  void toggle_presentation();
  void scale_fonts(float delta);
  void draw_large_playhead();
  std::string export_stem() const;
  void exported(bool ok, const std::filesystem::path& path);
  void export_trace_json();
  void export_text();
  void start_gif();
  RgbFrame read_timeline_pixels();
  void teach_after_render();
  void teach_keys();
  void teach_menu_file();
  void teach_menu_view();
  void teach_state(nlohmann::json& j);

  // be the scheduler (app_scheduler.cpp)
  void scheduler_before_run();
  void scheduler_after_run();
  void set_scheduler(bool on);
  void draw_scheduler();
  void export_schedule();
  void replay_schedule();
  void load_schedule(const std::filesystem::path& path);
  void scheduler_menu_file();
  void scheduler_menu_view();
  nlohmann::json scheduler_state();

  Options opt_;
  Settings settings_;
  GLFWwindow* window_ = nullptr;
  FontManager fonts_;
  LessonCatalog catalog_;
  EditStore edits_;
  Document doc_;
  CodeEditor editor_;
  Session session_;
  LiveRun live_;
  FileWatcher watcher_;
  bool live_real_clock_ = false;   // the last run's clock (the switch may change during a run)
  uint32_t live_seen_events_ = 0;  // the live run's event count at the last poll_live ...
  double live_seen_at_ = 0;        // ... and when it last changed (now())
  bool follow_live_ = false;       // keep the cursor at the newest event of a live run
  Player player_;
  Timeline timeline_;
  Inspector inspector_;
  TeachState teach_;
  SchedulerMode scheduler_;
  bool scheduler_run_pending_ = false;  // the run on its way was started with the chooser
  std::filesystem::path schedule_export_;
  std::filesystem::path schedule_loaded_;  // the schedule file last loaded (--schedule, File menu)
  std::string schedule_load_error_;        // why the last load failed (status line, state dump)
  trace::TaskId selected_task_ = 0;

  std::chrono::steady_clock::time_point start_;
  double last_frame_time_ = 0;
  long frame_ = 0;
  int settle_frames_ = 0;  // frames still to draw after a wake-up (run())
  long clicks_ = 0;        // mouse button presses seen (reported in the state dump)
  int screenshots_ = 0;
  bool screenshot_requested_ = false;
  std::string last_state_;
  std::string status_message_;
  double status_message_until_ = 0;
  bool show_shortcuts_ = false;
  bool show_about_ = false;
  bool open_save_as_ = false;
  std::string save_as_path_;
  std::string lesson_text_cache_;
  std::string lesson_text_key_;
  bool quit_ = false;
  std::uint64_t glyphs_checked_version_ = ~0ull;
};

}  // namespace al::gui
