// The lesson text as the window draws it from a parsed LessonDoc: headings, wrapped paragraphs
// with bold, emphasis and inline code (Chinese breaks between characters), list items, code
// blocks; a "go" button on each guided step and a "try this" button on each variant. The text
// after the prediction question stays hidden until the learner has answered.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/gui/lesson_doc.h"

namespace al::gui {

struct LessonViewState {
  bool revealed = true;           // show what follows the predict block
  int active_step = -1;           // index into LessonDoc::steps of the step last gone to
  bool scroll_to_active = false;  // scroll the text to the active step (taken by key)
  int active_variant = 0;         // the variant in the editor, 0 for the scenario
};

struct LessonViewRequest {
  int go_step = -1;       // index into LessonDoc::steps
  int load_variant = -1;  // 0: back to the scenario
};

struct LessonFonts {
  ImFont* heading = nullptr;
  ImFont* code = nullptr;
};

LessonViewRequest draw_lesson_doc(const LessonDoc& doc, const LessonViewState& state,
                                  LessonFonts fonts);

// Draws `runs` wrapped to the available width with the current font (code runs in `code_font`).
void draw_rich_text(const std::vector<TextRun>& runs, ImFont* code_font);

// The prose of the question: the predict section's paragraphs before the block.
std::string predict_question(const LessonDoc& doc);

}  // namespace al::gui
