// The awaitlab window: owns the GLFW window and ImGui, the open scenario (a lesson, a file or
// the demo), its last run, the cursor, and the widgets; runs the frame loop; saves settings and
// edits; writes the state dump and screenshots the tests read.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include "app/gui/code_editor.h"
#include "app/gui/edit_store.h"
#include "app/gui/fonts.h"
#include "app/gui/inspector.h"
#include "app/gui/lessons.h"
#include "app/gui/options.h"
#include "app/gui/player.h"
#include "app/gui/session.h"
#include "app/gui/settings.h"
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
        std::filesystem::path path;     // the scenario file (lesson scenario.py or FILE)
        std::string original;           // its text on disk
        std::string edit_key;           // where the learner's edits are kept
        std::string ran_text;           // the text of the run on screen
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

    Options opt_;
    Settings settings_;
    GLFWwindow* window_ = nullptr;
    FontManager fonts_;
    LessonCatalog catalog_;
    EditStore edits_;
    Document doc_;
    CodeEditor editor_;
    Session session_;
    Player player_;
    Timeline timeline_;
    Inspector inspector_;
    trace::TaskId selected_task_ = 0;

    std::chrono::steady_clock::time_point start_;
    double last_frame_time_ = 0;
    long frame_ = 0;
    long clicks_ = 0;  // mouse button presses seen (reported in the state dump)
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
    double next_watch_ = 0;
    bool quit_ = false;
    std::uint64_t glyphs_checked_version_ = ~0ull;
};

}  // namespace al::gui
