// Toolbar buttons with icons drawn as shapes, so they look the same with any font.
#pragma once

#include <imgui.h>

namespace al::gui {

enum class Icon {
  play,
  pause,
  step_back,
  step_forward,
  to_start,
  to_end,
  prev_switch,
  next_switch,
  rerun
};

// A square button showing `icon`; `tooltip` appears on hover. `accent` fills it with the
// accent colour (the play button while playing).
bool icon_button(const char* id, Icon icon, const char* tooltip, bool accent = false);

}  // namespace al::gui
