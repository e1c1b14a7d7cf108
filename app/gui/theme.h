// Dark and light themes: ImGui's style plus the colours awaitlab's own widgets draw with
// (task states on the timeline, task colours, editor syntax and markers).
#pragma once

#include <imgui.h>

#include "app/gui/settings.h"

namespace al::gui {

struct Palette {
  // Task states on the timeline and in the inspector.
  ImU32 running, ready, waiting, waiting_text, done, cancelled, failed, idle;
  // Timeline chrome.
  ImU32 lane_bg, lane_bg_alt, lane_text, grid, grid_text, playhead, wake_arrow, await_marker,
      fold_mark, counter_line, counter_fill, selection;
  // Code editor.
  ImU32 editor_bg, gutter_bg, gutter_text, gutter_text_current, text, keyword, builtin, string,
      number, comment, op, decorator, definition, cursor, selection_bg, current_line_fallback,
      breakpoint, error_bg, error_text, whitespace_guide;
  // Inspector and console.
  ImU32 muted_text, accent, warning, ok;
};

void apply_theme(Theme theme);
const Palette& palette();
Theme current_theme();

// The colour of the task at `index` (creation order; index 0 is the first task). Distinct hues
// that stay readable on either theme.
ImU32 task_color(int index);
// The same hue, faded for backgrounds (suspended-line markers, console line tint).
ImU32 task_color_soft(int index);
// `c` with its alpha scaled by `alpha` (0..1).
ImU32 with_alpha(ImU32 c, float alpha);

}  // namespace al::gui
