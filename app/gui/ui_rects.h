// Screen rectangles of named widgets, recorded as they are drawn, so the state dump can tell
// the end-to-end test where to click (the window's layout depends on fonts and settings).
#pragma once

#include <array>
#include <map>
#include <string>

namespace al::gui {

// Records the last ImGui item's rectangle under `name` (x, y, width, height in pixels).
void note_item_rect(const char* name);
void note_rect(const char* name, float x, float y, float w, float h);
const std::map<std::string, std::array<float, 4>>& item_rects();

}  // namespace al::gui
