// Guided steps bring an inspector tab forward (a step marker's panel= key): Inspector::select
// and select_panel, checked through real ImGui frames without a window.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "app/gui/inspector.h"
#include "app/gui/lesson_doc.h"

using namespace al::gui;

namespace {

// One ImGui frame drawing the inspector in a plain window; only the font atlas is built.
struct Frames {
  ImGuiContext* ctx;
  Session session;
  Frames() : ctx(ImGui::CreateContext()) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(800, 600);
    io.DeltaTime = 1.0f / 60;
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  }
  ~Frames() { ImGui::DestroyContext(ctx); }
  void draw(Inspector& in) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(800, 600));
    ImGui::Begin("inspector test");
    in.draw(ImVec2(780, 560), session, 0, 0, nullptr);
    ImGui::End();
    ImGui::Render();
  }
};

}  // namespace

TEST_CASE("Every panel= value but code names an inspector tab", "[inspector]") {
  Inspector in;
  CHECK(in.tab() == InspectorTab::tasks);
  for (const char* name : {"loop", "primitives", "console", "tasks", "problems"}) {
    REQUIRE(in.select_panel(name));
    CHECK(std::string(Inspector::tab_name(in.tab())) == name);
    REQUIRE(in.pending());
    CHECK(*in.pending() == in.tab());
  }
  CHECK_FALSE(in.select_panel("code"));
  CHECK_FALSE(in.select_panel("Console"));
  CHECK_FALSE(in.select_panel(""));
  CHECK(in.tab() == InspectorTab::problems);
}

TEST_CASE("A selected tab comes forward in the tab bar and stays there", "[inspector]") {
  Frames f;
  Inspector in;
  f.draw(in);
  f.draw(in);
  CHECK(in.tab() == InspectorTab::tasks);  // the tab bar opens on its first tab

  in.select(InspectorTab::console);
  for (int i = 0; i < 3; ++i) f.draw(in);
  CHECK(in.tab() == InspectorTab::console);
  CHECK_FALSE(in.pending());

  in.select(InspectorTab::loop);
  for (int i = 0; i < 3; ++i) f.draw(in);
  CHECK(in.tab() == InspectorTab::loop);
}

TEST_CASE("Lesson 2's guided steps name the tabs they bring forward", "[inspector]") {
  LessonDoc doc = parse_lesson(
      "1. <!-- step: task=Task-1 event=suspend n=3 panel=loop --> At 3.00\n"
      "2. <!-- step: task=hello event=end panel=tasks --> At 4.00\n"
      "3. <!-- step: task=hello event=end panel=code --> the code\n");
  REQUIRE(doc.steps.size() == 3);
  Inspector in;
  REQUIRE(in.select_panel(doc.steps[0].panel));
  CHECK(in.tab() == InspectorTab::loop);
  REQUIRE(in.select_panel(doc.steps[1].panel));
  CHECK(in.tab() == InspectorTab::tasks);
  CHECK_FALSE(in.select_panel(doc.steps[2].panel));
  CHECK(in.tab() == InspectorTab::tasks);
}
