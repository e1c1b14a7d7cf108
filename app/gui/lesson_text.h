// The lesson's text beside the code: a small Markdown subset (headings, paragraphs, lists,
// fenced code, horizontal rules) drawn with ImGui text, wrapped to the panel.
#pragma once

#include <string>

#include <imgui.h>

namespace al::gui {

void draw_lesson_text(const std::string& markdown, ImFont* heading_font, ImFont* code_font);

}  // namespace al::gui
